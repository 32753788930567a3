package nl.vhkgateway.infrastructure.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.vhkgateway.application.screening.CardScreeningService;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.screening.ScreeningReport;
import nl.vhkgateway.domain.screening.Verdict;
import nl.vhkgateway.infrastructure.config.ScreeningServices;

class BlankCardTemplateTest {

    /** Clean answers, as a professional would write them (initials with birth years only). */
    private static final Map<Section, String> ANSWERS = Map.ofEntries(
            Map.entry(Section.DATUM, "14-10-2026"),
            Map.entry(Section.SOORT_INBRENG, "Eerste inbreng"),
            Map.entry(Section.JEUGDIGE, "J. (2011)"),
            Map.entry(Section.INBRENGER, "P. de Vries, jeugdconsulent, gemeente Roosendaal"),
            Map.entry(Section.VASTE_DEELNEMER, "A. Bakker"),
            Map.entry(Section.GEMEENTE, "Roosendaal"),
            Map.entry(Section.GEINFORMEERD, "Moeder en J. op 12-10-2026 gesproken, vader telefonisch geinformeerd."),
            Map.entry(Section.INSTEMMING, "Ja, moeder en vader stemmen in met bespreking."),
            Map.entry(Section.VRAAG_AAN_VHT, "Is een interventiegesprek met de Raad nodig?"),
            Map.entry(Section.GEZINSSAMENSTELLING, "Moeder (1984), J. (2011), broertje D. (2016)."),
            Map.entry(Section.ONVEILIGHEID, "Er zijn herhaaldelijk ruzies waarbij J. klem komt te zitten."),
            Map.entry(Section.KRACHTEN, "Moeder zoekt hulp; oma is een steunfiguur."),
            Map.entry(Section.RISICOFACTOREN, "Schulden, middelengebruik vader."),
            Map.entry(Section.STEM_JEUGDIGE, "J. zegt dat hij zich thuis niet veilig voelt als vader drinkt."),
            Map.entry(Section.STEM_OUDERS, "Moeder wil dat het rustig wordt thuis."),
            Map.entry(Section.VISIE_INBRENGER, "Vrijwillig kader lijkt onvoldoende."),
            Map.entry(Section.VEILIGHEIDSSCORE, "3"));

    private static CardScreeningService screening;

    @BeforeAll
    static void start() {
        screening = ScreeningServices.cardScreening();
    }

    @AfterAll
    static void stop() {
        screening.close();
    }

    @Test
    void theBlankCardHasEverySectionOfTheCardFormatAsALabelValueRow() throws Exception {
        Set<Section> labelled = rows(BlankCardTemplate.create()).keySet();
        assertEquals(EnumSet.copyOf(BlankCardTemplate.sections()), labelled);
        assertTrue(labelled.containsAll(EnumSet.of(Section.DATUM, Section.STEM_JEUGDIGE, Section.BSN,
                Section.BORGINGSAFSPRAKEN, Section.ADVIES)));
    }

    @Test
    void anUntouchedBlankCardIsIncompleteButHoldsNoPersonalData() {
        ScreeningReport report = screening.screen(BlankCardTemplate.FILE_NAME, BlankCardTemplate.create());
        assertEquals(Verdict.REJECT, report.verdict());
        assertEquals(0, report.findings().size(), () -> "help text is not personal data: " + report.findings());
        Set<Section> required = BlankCardTemplate.sections().stream()
                .filter(s -> s.requirement() == Section.Requirement.REQUIRED).collect(Collectors.toSet());
        assertTrue(Set.copyOf(report.missing()).containsAll(required), () -> "missing: " + report.missing());
    }

    @Test
    void theBlankCardFilledInWithCleanContentPassesTheScreener() throws Exception {
        byte[] filled = fill(BlankCardTemplate.create(), ANSWERS);
        ScreeningReport report = screening.screen("ingevulde-kaart.docx", filled);
        assertEquals(Verdict.ACCEPT, report.verdict(),
                () -> "findings " + report.findings() + ", missing " + report.missingItems());
        assertEquals(0, report.missing().size());
    }

    private static Map<Section, XWPFTableCell> rows(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return cells(document);
        }
    }

    private static Map<Section, XWPFTableCell> cells(XWPFDocument document) {
        Map<Section, XWPFTableCell> cells = new java.util.EnumMap<>(Section.class);
        for (XWPFTable table : document.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                Section.match(row.getCell(0).getText()).ifPresent(s -> cells.put(s, row.getCell(1)));
            }
        }
        return cells;
    }

    private static byte[] fill(byte[] blank, Map<Section, String> answers) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(blank));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            cells(document).forEach((section, cell) -> {
                if (answers.containsKey(section)) {
                    var paragraph = cell.getParagraphs().get(0);
                    while (!paragraph.getRuns().isEmpty()) {
                        paragraph.removeRun(0);
                    }
                    paragraph.createRun().setText(answers.get(section));
                }
            });
            document.write(out);
            return out.toByteArray();
        }
    }
}
