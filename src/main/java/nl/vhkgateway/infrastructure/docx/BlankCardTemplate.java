package nl.vhkgateway.infrastructure.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.Section;

/**
 * The blank Veiligheidskaart (.docx) the gateway offers for download, generated from the card format
 * (shared card-format.md, mirrored by {@link Section}): per part a bold heading, then a two-column table with the
 * canonical label on the left and, on the right, help text in square brackets. The screener reads this layout best
 * (label | value) and treats a bracketed hint as "not filled in", so an untouched template is listed as incomplete
 * and never as personal data. The Persoonsgegevens part says it stays empty at intake. The handover-only fields
 * (Overdracht aan, Toestemmingsnummer ...) are left out: they belong to a handover, not to an intake.
 * Stateless and thread-safe.
 */
public final class BlankCardTemplate {

    /** File name offered for download. */
    public static final String FILE_NAME = "lege-veiligheidskaart.docx";

    private static final List<Section> HANDOVER_ONLY = List.of(Section.OVERDRACHT_AAN, Section.TOESTEMMINGSNUMMER,
            Section.DOEL_OVERDRACHT, Section.CASUSNUMMER);
    private static final Map<Section, String> HELP = new EnumMap<>(Section.class);

    static {
        HELP.put(Section.DATUM, "Datum van de inbreng, bijvoorbeeld 14-10-2026");
        HELP.put(Section.SOORT_INBRENG, "Eerste inbreng, Vervolgbespreking, Monitoring of Overdracht");
        HELP.put(Section.JEUGDIGE, "alleen voorletter en geboortejaar, bijvoorbeeld J. (2011); meerdere mag");
        HELP.put(Section.INBRENGER, "Uw naam, functie en organisatie");
        HELP.put(Section.VASTE_DEELNEMER, "Naam van de vaste deelnemer van uw organisatie");
        HELP.put(Section.GEMEENTE, "De gemeente die verantwoordelijk is");
        HELP.put(Section.GEDRAGSDESKUNDIGE, "Niet verplicht: wie is geraadpleegd en wanneer");
        HELP.put(Section.GEINFORMEERD, "Wie is wanneer geinformeerd of gesproken, zonder namen");
        HELP.put(Section.INSTEMMING, "Ja of Nee; bij Nee: de reden en waarom u de casus toch inbrengt");
        HELP.put(Section.VRAAG_AAN_VHT, "Wat wilt u van het VeiligheidsTeam weten?");
        HELP.put(Section.EXPERTS, "Niet verplicht: welke deskundigen moeten erbij zijn");
        HELP.put(Section.GEZINSSAMENSTELLING, "Gezinsleden met rol en geboortejaar, bijvoorbeeld moeder (1987)");
        HELP.put(Section.ONVEILIGHEID, "Wat is er nu onveilig voor de jeugdige? Feiten, geen namen");
        HELP.put(Section.PATROON, "Niet verplicht: wat speelde eerder");
        HELP.put(Section.KRACHTEN, "Wat gaat goed, wie helpt, wat beschermt de jeugdige");
        HELP.put(Section.RISICOFACTOREN, "Wat maakt de situatie riskanter");
        HELP.put(Section.STEM_JEUGDIGE, "Wat zegt de jeugdige zelf; verplicht vanaf 12 jaar");
        HELP.put(Section.STEM_OUDERS, "Wat zeggen ouders en verzorgers");
        HELP.put(Section.VISIE_INBRENGER, "Uw eigen visie op de veiligheid");
        HELP.put(Section.VEILIGHEIDSSCORE, "Een cijfer van 0 tot 10");
        HELP.put(Section.BETROKKEN_HULPVERLENING, "Niet verplicht: welke organisaties zijn betrokken");
        HELP.put(Section.ADVIES, "Wordt ingevuld na de bespreking");
        HELP.put(Section.AFSPRAKEN, "Wordt ingevuld na de bespreking");
        HELP.put(Section.UITKOMST_GESPREK, "Wordt ingevuld na de bespreking");
        HELP.put(Section.BORGINGSAFSPRAKEN, "Wordt ingevuld na de bespreking");
        HELP.put(Section.WAAR_TERECHT, "Wordt ingevuld na de bespreking");
        for (Section section : Section.values()) {
            if (section.part() == CardPart.PERSOONSGEGEVENS) {
                HELP.put(section, "Niet invullen bij inbreng in het VHT");
            }
        }
    }

    private BlankCardTemplate() {
    }

    /** The sections of the template, in card order. */
    public static List<Section> sections() {
        return java.util.Arrays.stream(Section.values()).filter(s -> !HANDOVER_ONLY.contains(s)).toList();
    }

    /** The help text shown in a section's value cell (always in square brackets in the document). */
    public static String help(Section section) {
        return HELP.getOrDefault(section, "Invullen");
    }

    /** A new blank card. */
    public static byte[] create() {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle("Veiligheidskaart");
            paragraph(document, "Veiligheidskaart", true, 36);
            paragraph(document, "Vul bij een inbreng in het VeiligheidsTeam geen persoonsgegevens in: alleen"
                    + " voorletter en geboortejaar, bijvoorbeeld J. (2011). Vervang de tekst tussen haken door uw"
                    + " antwoord.", false, 22);
            for (CardPart part : CardPart.values()) {
                List<Section> sections = sections().stream().filter(s -> s.part() == part).toList();
                if (sections.isEmpty()) {
                    continue;
                }
                paragraph(document, part.label(), true, 28);
                XWPFTable table = document.createTable(sections.size(), 2);
                table.setWidth("100%");
                table.getCTTbl().getTblPr().getTblW().setType(STTblWidth.PCT);
                for (int i = 0; i < sections.size(); i++) {
                    XWPFTableRow row = table.getRow(i);
                    row.getCell(0).setWidth("35%");
                    row.getCell(1).setWidth("65%");
                    cellText(row.getCell(0).getParagraphs().get(0), sections.get(i).label(), true);
                    cellText(row.getCell(1).getParagraphs().get(0), "[" + help(sections.get(i)) + "]", false);
                }
                document.createParagraph();
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the blank card", e);
        }
    }

    private static void paragraph(XWPFDocument document, String text, boolean bold, int halfPoints) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setFontSize(halfPoints / 2);
        run.setText(text);
    }

    private static void cellText(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        if (!bold) {
            run.setItalic(true);
            run.setColor("4B4B4B");
        }
        run.setText(text);
    }
}
