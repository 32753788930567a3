package nl.vhkgateway.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import nl.vhkgateway.application.screening.CardScreeningService;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.ScreeningReport;
import nl.vhkgateway.domain.screening.Verdict;
import nl.vhkgateway.infrastructure.config.ScreeningServices;
import nl.vhkgateway.infrastructure.docx.DocxCardReader;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder;

/**
 * Round 19 (r19-cover): probe cards for the professionals' cover fields, written from the rules (invented names, no
 * set's text): every cover layout others write (plain lines, tables of two to four columns, numbered labels, capitals,
 * label and value on separate lines, plural labels) times cover values with professionals (must pass) and relatives
 * (must block). Prints one line per failing card: layout, scenario, expected and actual verdict, the categories and
 * places of the findings (masked excerpts only). {@code --all} prints every card, {@code --sections=<id>} the section
 * each segment of one card is read into (the probe's own invented text). A development tool, not a test.
 */
public final class CoverProbeCards {

    /** One Voorblad field: its label, its value, a note (third column), and unlabelled lines after it. */
    record Field(String key, String label, String value, String note, List<String> after) {
        Field with(String newValue, String newNote, List<String> newAfter) {
            return new Field(key, label, newValue, newNote, newAfter);
        }
    }

    /** A cover value scenario: what the three cover fields (and Geïnformeerd) hold, and the verdict it must get. */
    record Scenario(String id, boolean block, Map<String, Field> overrides) {
    }

    private static final String[] NUMBERS = {"1", "2", "3", "4a", "4b", "5", "6", "7", "8", "9", "10"};

    private CoverProbeCards() {
    }

    static List<Field> defaults() {
        List<Field> f = new ArrayList<>();
        f.add(new Field("datum", "Datum inbreng", "12-11-2026", "", List.of()));
        f.add(new Field("soort", "Soort inbreng", "Eerste inbreng", "", List.of()));
        f.add(new Field("jeugdige", "Jeugdige(n)", "R. (2014), broertje D. (2018)", "", List.of()));
        f.add(new Field("inbrenger", "Inbrenger", "Sanne Verhoef, jeugdconsulent, Wijkteam Noord", "", List.of()));
        f.add(new Field("vaste", "Vaste deelnemer", "Marloes de Lange, procesregisseur Veilig Thuis", "",
                List.of()));
        f.add(new Field("gemeente", "Verantwoordelijke gemeente", "Tilburg", "", List.of()));
        f.add(new Field("gedrag", "Gedragsdeskundige geraadpleegd", "Ja, Pieter Hendriks, orthopedagoog", "",
                List.of()));
        f.add(new Field("geinformeerd", "Geïnformeerd en gesproken",
                "Moeder op 3-11-2026 (huisbezoek)\nVader op 5-11-2026 (telefonisch)", "", List.of()));
        f.add(new Field("instemming", "Instemming betrokkenen", "Ja, beide ouders stemmen in.", "", List.of()));
        f.add(new Field("vraag", "Vraag aan het VHT",
                "Is vrijwillige hulp nog passend of is een beschermingsonderzoek nodig?", "", List.of()));
        f.add(new Field("experts", "Uit te nodigen experts", "Veilig Thuis, GGZ Breburg", "", List.of()));
        return f;
    }

    static Map<String, BiConsumer<WordDocxBuilder, List<Field>>> layouts() {
        Map<String, BiConsumer<WordDocxBuilder, List<Field>>> l = new LinkedHashMap<>();
        l.put("bold", (b, fs) -> lines(b, fs, (i, f) -> f.label(), true, false));
        l.put("plain-colon", (b, fs) -> inline(b, fs, (i, f) -> f.label() + ": "));
        l.put("caps-colon", (b, fs) -> inline(b, fs, (i, f) -> f.label().toUpperCase() + ": "));
        l.put("caps-line", (b, fs) -> lines(b, fs, (i, f) -> f.label().toUpperCase(), false, false));
        l.put("plain-line", (b, fs) -> lines(b, fs, (i, f) -> f.label(), false, false));
        l.put("plain-line-colon", (b, fs) -> lines(b, fs, (i, f) -> f.label() + ":", false, false));
        l.put("num4a-colon", (b, fs) -> inline(b, fs, (i, f) -> NUMBERS[i] + ". " + f.label() + ": "));
        l.put("num4a-line", (b, fs) -> lines(b, fs, (i, f) -> NUMBERS[i] + ". " + f.label(), false, false));
        l.put("num4a-bold", (b, fs) -> lines(b, fs, (i, f) -> NUMBERS[i] + ". " + f.label(), true, false));
        l.put("num-colon", (b, fs) -> inline(b, fs, (i, f) -> (i + 1) + ". " + f.label() + ": "));
        l.put("plural-colon", (b, fs) -> inline(b, fs, (i, f) -> plural(f.label(), "(s)") + ": "));
        l.put("plurals-colon", (b, fs) -> inline(b, fs, (i, f) -> plural(f.label(), "s") + ": "));
        l.put("dash", (b, fs) -> inline(b, fs, (i, f) -> f.label() + " – "));
        l.put("headings", (b, fs) -> headings(b, fs));
        l.put("table2", (b, fs) -> table(b, fs, 2, i -> null, f -> f.label()));
        l.put("table3", (b, fs) -> table(b, fs, 3, i -> null, f -> f.label()));
        l.put("table4", (b, fs) -> table(b, fs, 4, i -> NUMBERS[i], f -> f.label()));
        l.put("table4-num-dot", (b, fs) -> table(b, fs, 4, i -> NUMBERS[i] + ".", f -> f.label()));
        l.put("table-colon3", (b, fs) -> colonTable(b, fs));
        l.put("table2-num4a", (b, fs) -> table(b, fs, 2, i -> null, f -> numbered(fs, f) + ". " + f.label()));
        l.put("table2-plural", (b, fs) -> table(b, fs, 2, i -> null, f -> plural(f.label(), "(s)")));
        l.put("table2-caps", (b, fs) -> table(b, fs, 2, i -> null, f -> f.label().toUpperCase()));
        l.put("table-cell", (b, fs) -> cellTable(b, fs));
        l.put("table-stacked", (b, fs) -> stacked(b, fs));
        return l;
    }

    private static String numbered(List<Field> fs, Field f) {
        return NUMBERS[fs.indexOf(f)];
    }

    private static String plural(String label, String ending) {
        return switch (label) {
            case "Inbrenger" -> "Inbrenger" + ending;
            case "Vaste deelnemer" -> "Vaste deelnemer" + ending;
            default -> label;
        };
    }

    /** The value with its note, for layouts without a note column. */
    private static String joined(Field f) {
        return f.note().isEmpty() ? f.value() : f.value() + " (" + f.note() + ")";
    }

    private interface LabelFor {
        String label(int index, Field f);
    }

    private static void lines(WordDocxBuilder b, List<Field> fs, LabelFor label, boolean bold, boolean unused) {
        b.title("Voorblad");
        for (int i = 0; i < fs.size(); i++) {
            Field f = fs.get(i);
            if (bold) {
                b.boldLine(label.label(i, f));
            } else {
                b.paragraph(label.label(i, f));
            }
            for (String line : joined(f).split("\n")) {
                b.paragraph(line);
            }
            f.after().forEach(b::paragraph);
        }
    }

    private static void inline(WordDocxBuilder b, List<Field> fs, LabelFor label) {
        b.title("Voorblad");
        for (int i = 0; i < fs.size(); i++) {
            Field f = fs.get(i);
            String[] lines = joined(f).split("\n");
            b.paragraph(label.label(i, f) + lines[0]);
            for (int k = 1; k < lines.length; k++) {
                b.paragraph(lines[k]);
            }
            f.after().forEach(b::paragraph);
        }
    }

    private static void headings(WordDocxBuilder b, List<Field> fs) {
        b.heading("Voorblad", 1);
        for (Field f : fs) {
            b.heading(f.label(), 2);
            for (String line : joined(f).split("\n")) {
                b.paragraph(line);
            }
            f.after().forEach(b::paragraph);
        }
    }

    private static void table(WordDocxBuilder b, List<Field> fs, int columns,
                              java.util.function.IntFunction<String> number,
                              java.util.function.Function<Field, String> label) {
        b.boldLine("Voorblad");
        for (int i = 0; i < fs.size(); i++) {
            Field f = fs.get(i);
            String n = number.apply(i);
            List<String> row = new ArrayList<>();
            if (n != null) {
                row.add(n);
            }
            row.add(label.apply(f));
            row.add(columns - row.size() >= 2 ? f.value() : joined(f));
            while (row.size() < columns) {
                row.add(row.size() == columns - 1 ? f.note() : "");
            }
            b.tableRow(row.toArray(String[]::new));
            for (String after : f.after()) {
                List<String> extra = new ArrayList<>();
                if (n != null) {
                    extra.add("");
                }
                extra.add("");
                extra.add(after);
                while (extra.size() < columns) {
                    extra.add("");
                }
                b.tableRow(extra.toArray(String[]::new));
            }
        }
        b.endTable();
    }

    private static void colonTable(WordDocxBuilder b, List<Field> fs) {
        b.boldLine("Voorblad");
        for (Field f : fs) {
            b.tableRow(f.label(), ":", joined(f));
            for (String after : f.after()) {
                b.tableRow("", "", after);
            }
        }
        b.endTable();
    }

    private static void cellTable(WordDocxBuilder b, List<Field> fs) {
        b.boldLine("Voorblad");
        for (Field f : fs) {
            b.tableRow(f.label() + "\n" + joined(f));
            for (String after : f.after()) {
                b.tableRow(after);
            }
        }
        b.endTable();
    }

    private static void stacked(WordDocxBuilder b, List<Field> fs) {
        b.boldLine("Voorblad");
        for (Field f : fs) {
            b.tableRow(f.label());
            b.tableRow(joined(f));
            for (String after : f.after()) {
                b.tableRow(after);
            }
        }
        b.endTable();
    }

    static void body(WordDocxBuilder b) {
        b.layout(WordDocxBuilder.Layout.BOLD_LINES);
        b.title("Veiligheidskaart");
        b.boldLine("Gezinssamenstelling");
        b.paragraph("Moeder (1988), vader (1985), R. (2014) en broertje D. (2018) wonen samen in een huurwoning.");
        b.boldLine("Wat is er nu onveilig");
        b.paragraph("Er zijn ruzies tussen de ouders waarbij geduwd wordt; R. ziet dit en is bang.");
        b.boldLine("Krachten en beschermende factoren");
        b.paragraph("Beide ouders willen hulp en houden de afspraken met het wijkteam na.");
        b.boldLine("Risicofactoren");
        b.paragraph("Schulden, werkloosheid van vader, weinig netwerk.");
        b.boldLine("Stem van de jeugdige");
        b.paragraph("R. vertelt dat het thuis soms eng is als er geschreeuwd wordt.");
        b.boldLine("Stem van ouders en verzorgers");
        b.paragraph("Moeder wil dat het rustiger wordt; vader vindt dat het meevalt.");
        b.boldLine("Visie van de inbrenger");
        b.paragraph("Zonder vaste afspraken blijft de onveiligheid terugkomen.");
        b.boldLine("Veiligheidsscore");
        b.paragraph("Inbrenger 4, moeder 6, vader 7.");
        b.boldLine("Persoonsgegevens");
        b.paragraph("n.v.t.");
    }

    static Field field(String key, String value) {
        return field(key, value, "", List.of());
    }

    static Field field(String key, String value, String note, List<String> after) {
        for (Field f : defaults()) {
            if (f.key().equals(key)) {
                return f.with(value, note, after);
            }
        }
        throw new IllegalArgumentException(key);
    }

    static Scenario s(String id, boolean block, Field... fields) {
        Map<String, Field> m = new LinkedHashMap<>();
        for (Field f : fields) {
            m.put(f.key(), f);
        }
        return new Scenario(id, block, m);
    }

    static List<Scenario> scenarios() {
        List<Scenario> s = new ArrayList<>();
        // professionals: pass
        s.add(s("p-default", false));
        s.add(s("p-two", false, field("vaste", "Marloes de Lange (Veilig Thuis) en Kees Verbeek (MEE)")));
        s.add(s("p-title", false, field("gedrag", "Ja, drs. Pieter van Dam, GZ-psycholoog, op 4-11-2026")));
        s.add(s("p-lines", false, field("inbrenger", "Sanne Verhoef\njeugdconsulent Wijkteam Noord\n06-12345678")));
        s.add(s("p-note-role", false, field("vaste", "Marloes de Lange", "procesregisseur", List.of())));
        s.add(s("p-note-org", false, field("inbrenger", "Sanne Verhoef", "Wijkteam Noord", List.of())));
        s.add(s("p-after-prof", false, field("vaste", "Marloes de Lange, Veilig Thuis", "",
                List.of("Kees Verbeek, gezinscoach MEE"))));
        s.add(s("p-nvt", false, field("gedrag", "n.v.t.")));
        s.add(s("p-gd-in-geinf", false, field("geinformeerd",
                "Moeder op 3-11-2026 (huisbezoek)\nGedragsdeskundige: n.v.t.\nVader op 5-11-2026 (telefonisch)")));
        // relatives: block
        s.add(s("r-bracket", true, field("vaste", "Marloes de Lange (Veilig Thuis); Harm Oosterveld (opa)")));
        s.add(s("r-kin-first", true, field("inbrenger", "Sanne Verhoef, samen met oma Grietje Oosterveld")));
        s.add(s("r-caps", true, field("vaste", "Harm Oosterveld (OPA)")));
        s.add(s("r-van", true, field("gedrag", "Ja, Wendy Rutgers, tante van R.")));
        s.add(s("r-note-kin", true, field("vaste", "Harm Oosterveld", "opa", List.of())));
        s.add(s("r-note-kin2", true, field("inbrenger", "Grietje Oosterveld", "oma (mz)", List.of())));
        s.add(s("r-after-rel", true, field("vaste", "Marloes de Lange, Veilig Thuis", "",
                List.of("Harm Oosterveld (opa)"))));
        s.add(s("r-after-kin", true, field("vaste", "Marloes de Lange, Veilig Thuis", "",
                List.of("Opa Harm Oosterveld"))));
        s.add(s("r-after-aanwezig", true, field("vaste", "Marloes de Lange, Veilig Thuis", "",
                List.of("Ook aanwezig: Harm Oosterveld en Grietje Oosterveld"))));
        s.add(s("r-gd-in-geinf", true, field("geinformeerd",
                "Moeder op 3-11-2026 (huisbezoek)\nGedragsdeskundige: n.v.t.\nHarm Oosterveld op 5-11-2026 (telefonisch)")));
        s.add(s("r-inbr-in-geinf", true, field("geinformeerd",
                "Moeder op 3-11-2026 (huisbezoek)\nInbrenger: gesprek op 4-11-2026\nHarm Oosterveld op 5-11-2026")));
        s.add(s("r-gd-in-instemming", true, field("instemming",
                "Ja.\nGedragsdeskundige: n.v.t.\nGrietje Oosterveld stemt niet in.")));
        s.add(s("r-gd-line-rel", true, field("geinformeerd",
                "Moeder op 3-11-2026 (huisbezoek)\nGedragsdeskundige: Harm Oosterveld (opa)")));
        // the optional Gedragsdeskundige field left out of the cover, its label as a plain line in another section
        Field noGd = field("gedrag", null);
        s.add(s("p-gd-in-geinf-nogd", false, noGd, field("geinformeerd",
                "Moeder op 3-11-2026 (huisbezoek)\nGedragsdeskundige: n.v.t.\nVader op 5-11-2026 (telefonisch)")));
        s.add(s("p-gd-prof-in-geinf-nogd", false, noGd, field("geinformeerd",
                "Moeder op 3-11-2026 (huisbezoek)\nGedragsdeskundige: Ja, Pieter Hendriks, orthopedagoog")));
        s.add(s("r-gd-in-geinf-nogd", true, noGd, field("geinformeerd",
                "Moeder op 3-11-2026 (huisbezoek)\nGedragsdeskundige: n.v.t.\nHarm Oosterveld op 5-11-2026 (telefonisch)")));
        s.add(s("r-gd-in-instemming-nogd", true, noGd, field("instemming",
                "Ja.\nGedragsdeskundige: nee\nGrietje Oosterveld stemt niet in.")));
        s.add(s("r-gd-in-vraag-nogd", true, noGd, field("vraag",
                "Gedragsdeskundige: n.v.t.\nWat kan Harm Oosterveld doen om R. te beschermen?")));
        s.add(s("r-gd-in-experts-nogd", true, noGd, field("experts",
                "Veilig Thuis\nGedragsdeskundige: nog te bepalen\nHarm Oosterveld en Grietje Oosterveld")));
        s.add(s("r-gd-line-rel-nogd", true, noGd, field("geinformeerd",
                "Moeder op 3-11-2026 (huisbezoek)\nGedragsdeskundige: Harm Oosterveld (opa)")));
        s.add(s("r-gd-alone-in-geinf-nogd", true, noGd, field("geinformeerd",
                "Moeder op 3-11-2026 (huisbezoek)\nGedragsdeskundige\nHarm Oosterveld op 5-11-2026 (telefonisch)")));
        s.add(s("r-after-netwerk", true, field("inbrenger", "Sanne Verhoef, jeugdconsulent", "",
                List.of("Netwerk: Harm Oosterveld"))));
        s.add(s("p-after-tel", false, field("inbrenger", "Sanne Verhoef, jeugdconsulent", "",
                List.of("Tel: 06-12345678"))));
        s.add(s("p-after-second", false, field("inbrenger", "Sanne Verhoef, jeugdconsulent", "",
                List.of("Tweede inbrenger: Kees Verbeek, MEE"))));
        s.add(s("p-gd-after-geinf-nogd", false, noGd, field("experts",
                "Veilig Thuis, GGZ Breburg\nGedragsdeskundige geraadpleegd: nee")));
        return s;
    }

    static byte[] build(BiConsumer<WordDocxBuilder, List<Field>> layout, Scenario scenario) {
        List<Field> fields = new ArrayList<>();
        for (Field f : defaults()) {
            Field chosen = scenario.overrides().getOrDefault(f.key(), f);
            if (chosen.value() != null) {
                fields.add(chosen); // a null value leaves the field out of the cover (Gedragsdeskundige is optional)
            }
        }
        WordDocxBuilder b = WordDocxBuilder.card().splitRuns(false);
        layout.accept(b, fields);
        body(b);
        return b.build();
    }

    public static void main(String[] args) {
        boolean all = List.of(args).contains("--all");
        String sections = null;
        String onlyLayout = null;
        for (String a : args) {
            if (a.startsWith("--sections=")) {
                sections = a.substring("--sections=".length());
            }
            if (a.startsWith("--layout=")) {
                onlyLayout = a.substring("--layout=".length());
            }
        }
        int total = 0;
        int failed = 0;
        Map<String, Integer> byLayout = new LinkedHashMap<>();
        Map<String, Integer> byScenario = new LinkedHashMap<>();
        try (CardScreeningService cards = ScreeningServices.cardScreening()) {
            for (Map.Entry<String, BiConsumer<WordDocxBuilder, List<Field>>> layout : layouts().entrySet()) {
                if (onlyLayout != null && !layout.getKey().equals(onlyLayout)) {
                    continue;
                }
                for (Scenario scenario : scenarios()) {
                    String id = layout.getKey() + "/" + scenario.id();
                    byte[] docx = build(layout.getValue(), scenario);
                    if (id.equals(sections)) {
                        CardContent content = new DocxCardReader().read(docx);
                        for (TextSegment seg : content.segments()) {
                            System.out.println(seg.location() + "\t" + seg.text());
                        }
                    }
                    ScreeningReport report = cards.screen("Veiligheidskaart.docx", docx);
                    boolean blocked = report.verdict() != Verdict.ACCEPT;
                    boolean ok = blocked == scenario.block();
                    total++;
                    if (!ok) {
                        failed++;
                        byLayout.merge(layout.getKey(), 1, Integer::sum);
                        byScenario.merge(scenario.id(), 1, Integer::sum);
                    }
                    if (!ok || all) {
                        StringBuilder why = new StringBuilder();
                        report.missing().forEach(m -> why.append(" MISSING ").append(m));
                        for (Finding f : report.findings()) {
                            why.append(" ").append(f.category()).append("@").append(f.location().section()
                                    .map(Enum::name).orElse(f.location().cardPart().name())).append("[")
                                    .append(f.maskedExcerpt()).append("]");
                        }
                        System.out.println((ok ? "ok   " : "FAIL ") + id + " expect=" + (scenario.block() ? "block"
                                : "pass") + " got=" + report.verdict() + why);
                    }
                }
            }
        }
        System.out.println("failed " + failed + "/" + total + " by layout " + byLayout + " by scenario " + byScenario);
    }
}
