package nl.vhkgateway.testsupport.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Location;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.ScreeningContext;
import nl.vhkgateway.domain.screening.detector.DetectorCatalog;
import nl.vhkgateway.domain.screening.detector.Span;

/**
 * Scores a {@link SentenceSet} with a detector catalog: each sentence stands alone in "Wat is er nu onveilig" of a
 * card of {@link #CARD_YEAR}, or, when it starts with a section label and a colon ("Inbrenger: ...") or a dash between
 * spaces ("Inbrenger – ...", round 18) or is a table
 * row whose first cell is a section label ("Inbrenger | ..."), as the value of that section (as the card reader reads
 * such a line or row). A personal-data item is <em>refused</em> when any finding (of any category) overlaps it;
 * a sentence that may pass is <em>falsely refused</em> when anything at all is found in it.
 */
public final class SentenceScore {

    public static final int CARD_YEAR = 2026;
    private static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("\\s[-–—]\\s");

    /** The outcome of one row. */
    public record Outcome(SentenceSet.Row row, List<String> missed, List<String> found) {

        public boolean refused() {
            return !found.isEmpty();
        }

        /** A refuse row with an item missed, or an accept row that was refused. */
        public boolean failed() {
            return row.refuse() ? !missed.isEmpty() : refused();
        }

        public String describe() {
            return row.refuse() ? "missed " + missed : "refused for " + found;
        }
    }

    /** Totals of one category (or of all). */
    public static final class Tally {
        int items;
        int itemsRefused;
        int refuseRows;
        int refuseRowsRefused;
        int acceptRows;
        int acceptRowsRefused;

        public double recall() {
            return items == 0 ? 1.0 : (double) itemsRefused / items;
        }

        public double falseRefusalRate() {
            return acceptRows == 0 ? 0.0 : (double) acceptRowsRefused / acceptRows;
        }

        public int items() {
            return items;
        }

        public int acceptRows() {
            return acceptRows;
        }
    }

    private SentenceScore() {
    }

    public static List<Outcome> score(SentenceSet set, DetectorCatalog catalog) {
        List<Outcome> out = new ArrayList<>(set.rows().size());
        for (SentenceSet.Row row : set.rows()) {
            out.add(score(row, catalog));
        }
        return out;
    }

    public static Outcome score(SentenceSet.Row row, DetectorCatalog catalog) {
        String text = row.sentence();
        Section section = Section.ONVEILIGHEID;
        String cells = text.startsWith("|") ? text.substring(1).strip() : text;
        int colon = cells.indexOf(':');
        int bar = cells.indexOf('|');
        int end = colon < 0 ? bar : bar < 0 ? colon : Math.min(colon, bar);
        // round 18 (r18-cover): "Vaste deelnemer – S. Verhoef, WSS", as the card reader reads a label line with a dash
        java.util.regex.Matcher dash = DASH.matcher(cells);
        int dashEnd = -1;
        if (dash.find() && dash.start() > 0 && (end < 0 || dash.start() < end)
                && Section.match(cells.substring(0, dash.start()))
                        .filter(nl.vhkgateway.domain.screening.detector.CardSections.PROFESSIONAL::contains).isPresent()) {
            end = dash.start();
            dashEnd = dash.end() - 1;
        }
        if (end > 0 && end <= 40) {
            int labelEnd = end;
            java.util.Optional<Section> label = Section.match(cells.substring(0, labelEnd))
                    // a Persoonsgegevens row ("| BSN | ... |") stays text: at intake completeness refuses any value
                    // there, which this per-sentence score does not model, so the detectors must find it as text
                    .filter(s -> labelEnd == colon || s.part() != CardPart.PERSOONSGEGEVENS);
            if (label.isPresent()) {
                // "Inbrenger: ..." is read as the card reader reads a label line, "Inbrenger | ..." as a table row
                // whose first cell is the label
                section = label.get();
                text = cells.substring((dashEnd > 0 ? dashEnd : end) + 1).strip();
                if (text.endsWith("|")) {
                    text = text.substring(0, text.length() - 1).strip();
                }
            }
        }
        TextSegment segment = new TextSegment(text, Location.inSection(DocumentPart.BODY, section, "alinea 1"));
        ScreeningContext context = new ScreeningContext(new CardContent(List.of(segment), Map.of(), Set.of()),
                CARD_YEAR);
        List<Span> spans = catalog.spans(segment, context);
        List<String> found = new ArrayList<>();
        for (Span s : spans) {
            found.add(s.category() + "[" + text.substring(s.start(), s.end()) + "]");
        }
        List<String> missed = new ArrayList<>();
        for (String item : row.spans()) {
            int at = text.indexOf(item);
            if (at < 0) {
                missed.add("(not in sentence) " + item);
                continue;
            }
            boolean hit = false;
            for (int a = at; a >= 0 && !hit; a = text.indexOf(item, a + 1)) {
                for (Span s : spans) {
                    hit |= s.start() < a + item.length() && a < s.end();
                }
            }
            if (!hit) {
                missed.add(item);
            }
        }
        return new Outcome(row, missed, found);
    }

    /** Tallies per category (key "ALL" for the total) over the outcomes the filter keeps. */
    public static Map<String, Tally> tally(List<Outcome> outcomes, Predicate<Outcome> filter) {
        Map<String, Tally> t = new TreeMap<>();
        for (Outcome o : outcomes) {
            if (!filter.test(o)) {
                continue;
            }
            for (String key : List.of(o.row().category(), "ALL")) {
                Tally tally = t.computeIfAbsent(key, k -> new Tally());
                if (o.row().refuse()) {
                    tally.refuseRows++;
                    tally.refuseRowsRefused += o.refused() ? 1 : 0;
                    tally.items += o.row().spans().size();
                    tally.itemsRefused += o.row().spans().size() - o.missed().size();
                } else {
                    tally.acceptRows++;
                    tally.acceptRowsRefused += o.refused() ? 1 : 0;
                }
            }
        }
        return t;
    }

    /** A printable table: category, personal-data items refused / total (recall), clean sentences refused / total. */
    public static String table(Map<String, Tally> tallies) {
        StringBuilder b = new StringBuilder(String.format("%-22s %18s %24s%n", "category",
                "items refused", "clean sentences refused"));
        tallies.forEach((k, t) -> b.append(String.format("%-22s %9s %7s %14s %8s%n", k,
                t.items == 0 ? "-" : t.itemsRefused + "/" + t.items,
                t.items == 0 ? "" : String.format("%.1f%%", 100 * t.recall()),
                t.acceptRows == 0 ? "-" : t.acceptRowsRefused + "/" + t.acceptRows,
                t.acceptRows == 0 ? "" : String.format("%.1f%%", 100 * t.falseRefusalRate()))));
        return b.toString();
    }
}
