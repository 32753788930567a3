package nl.vhkgateway.application.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.SoortInbreng;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Detector;
import nl.vhkgateway.domain.screening.ScreeningReport;
import nl.vhkgateway.domain.screening.Verdict;
import nl.vhkgateway.infrastructure.config.ScreeningServices;
import nl.vhkgateway.infrastructure.docx.DocxCardReader;
import nl.vhkgateway.infrastructure.docx.DocxDocumentInspector;
import nl.vhkgateway.infrastructure.docx.DocxSanitiser;
import nl.vhkgateway.testsupport.corpus.CorpusGenerator;
import nl.vhkgateway.testsupport.corpus.CorpusItem;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder.Property;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The screening pipeline with the real adapters and detectors: verdicts, the sanitised copy, limits, failures. */
class CardScreeningServiceTest {

    private static final CorpusGenerator CORPUS = new CorpusGenerator(77);
    private static CardScreeningService service;

    @BeforeAll
    static void start() {
        service = ScreeningServices.cardScreening();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** The Voorblad of the test cards, up to the question to the VHT, with the given kind of submission. */
    private static WordDocxBuilder voorblad(String soortInbreng) {
        return WordDocxBuilder.card()
                .part(CardPart.VOORBLAD)
                .section(Section.DATUM, "14-10-2026")
                .section(Section.SOORT_INBRENG, soortInbreng)
                .section(Section.JEUGDIGE, "J. (2011)")
                .section(Section.INBRENGER, "Pieter de Vries, jeugdconsulent, gemeente Roosendaal")
                .section(Section.VASTE_DEELNEMER, "Anja Bakker")
                .section(Section.GEMEENTE, "Roosendaal")
                .section(Section.GEINFORMEERD, "Moeder en J. op 12-10-2026 gesproken.")
                .section(Section.INSTEMMING, "Ja")
                .section(Section.VRAAG_AAN_VHT, "Is een interventiegesprek met de Raad nodig?");
    }

    /** A complete, clean card in table layout; the extras are added to the Onveiligheid value. */
    private static WordDocxBuilder completeCard() {
        return voorblad("Vervolgbespreking, eerder besproken als VHT-2026-0042")
                .section(Section.EXPERTS, "Jeugdarts")
                .part(CardPart.VEILIGHEIDSKAART)
                .section(Section.GEZINSSAMENSTELLING, "Moeder (1984), J. (2011), broertje D. (2016).")
                .section(Section.KRACHTEN, "Oma is een steunfiguur.")
                .section(Section.RISICOFACTOREN, "Schulden.")
                .section(Section.STEM_JEUGDIGE, "J. zegt dat hij zich thuis niet veilig voelt.")
                .section(Section.STEM_OUDERS, "Moeder wil hulp.")
                .section(Section.VISIE_INBRENGER, "Het vrijwillig kader is onvoldoende.")
                .section(Section.VEILIGHEIDSSCORE, "3")
                .section(Section.ONVEILIGHEID, "Er zijn ruzies waarbij J. klem zit.");
    }

    @Test
    void acceptsACleanCompleteCardWithItsSanitisedCopyAndFacts() throws Exception {
        byte[] docx = completeCard().comment("Anja Bakker", "AB", "Graag de score van vader aanvullen.")
                .deletion("Anja Bakker", " Dit was eerder besproken.")
                .property(Property.CREATOR, "Anja Bakker").property(Property.TITLE, "Veiligheidskaart").build();
        ScreeningReport report = service.screen("kaart.docx", docx);
        assertEquals(Verdict.ACCEPT, report.verdict(), report::toString);
        byte[] copy = report.sanitisedCopy().orElseThrow();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(copy));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertTrue(extractor.getText().contains("klem zit"));
            assertFalse(extractor.getText().contains("eerder besproken."), "the deletion is accepted");
            String creator = document.getProperties().getCoreProperties().getCreator();
            assertTrue(creator == null || !creator.contains("Bakker"), "author cleared");
            assertFalse(document.getComments().length > 0 && document.getComments()[0].getAuthor().contains("Bakker"));
        }
        assertFalse(report.sanitisingActions().isEmpty());
        var facts = report.facts().orElseThrow();
        assertEquals(2026, facts.cardDate().orElseThrow().getYear());
        assertEquals(SoortInbreng.VERVOLGBESPREKING, facts.soortInbreng().orElseThrow());
        assertEquals("VHT-2026-0042", facts.earlierSubmissionNumber().orElseThrow());
        assertEquals(1, facts.youths().size());
        assertTrue(facts.youthVoicePresent());
        assertEquals(Boolean.TRUE, facts.consentGiven().orElseThrow());
        assertEquals("Is een interventiegesprek met de Raad nodig?", facts.questionToTeam());
        assertEquals("Jeugdarts", facts.expertsToInvite());
    }

    @Test
    void rejectsPersonalDataInACommentOfTheSanitisedCopy() {
        byte[] docx = completeCard().comment("Anja Bakker", "AB", "Moeder is bereikbaar op 06-12345678.").build();
        ScreeningReport report = service.screen("kaart.docx", docx);
        assertEquals(Verdict.REJECT, report.verdict());
        assertTrue(report.findings().stream().anyMatch(f -> f.category() == Category.PHONE
                && f.location().documentPart() == DocumentPart.COMMENT), report.findings()::toString);
        assertTrue(report.sanitisedCopy().isEmpty());
        assertTrue(report.facts().isPresent(), "a readable card keeps its facts");
    }

    @Test
    void rejectsPersonalDataThatSanitisingWouldRemoveFromATrackedDeletion() {
        byte[] docx = completeCard().deletion("Anja Bakker", " Moeder woont aan de Kerkstraat 12.").build();
        ScreeningReport report = service.screen("kaart.docx", docx);
        assertEquals(Verdict.REJECT, report.verdict());
        assertTrue(report.findings().stream().anyMatch(f -> f.location().documentPart()
                == DocumentPart.TRACKED_DELETION), report.findings()::toString);
    }

    @Test
    void rejectsAFilledPersoonsgegevensPartAndNamesWhatIsMissing() {
        byte[] docx = WordDocxBuilder.card().part(CardPart.VOORBLAD).section(Section.DATUM, "14-10-2026")
                .part(CardPart.PERSOONSGEGEVENS).section(Section.NAAM_JEUGDIGE, "zie dossier").build();
        ScreeningReport report = service.screen("kaart.docx", docx);
        assertEquals(Verdict.REJECT, report.verdict());
        assertTrue(report.findings().stream().anyMatch(f -> f.category() == Category.PERSONAL_DATA_SECTION));
        assertTrue(report.missing().contains(Section.JEUGDIGE));
        assertTrue(report.missing().contains(Section.VEILIGHEIDSSCORE));
        assertFalse(report.missing().contains(Section.DATUM));
    }

    @Test
    void hostileInputIsInvalidAndNeverThrows() {
        for (byte[] content : List.of(new byte[0], new byte[] {'P', 'K', 3, 4}, "%PDF-1.4".getBytes())) {
            ScreeningReport report = service.screen("kaart.docx", content);
            assertEquals(Verdict.INVALID, report.verdict());
            assertFalse(report.findings().get(0).maskedExcerpt().isBlank());
        }
    }

    @Test
    void inputOverTheSizeLimitIsInvalidBeforeAnythingIsParsed() {
        try (CardScreeningService small = ScreeningServices.cardScreening(new ScreeningLimits(Duration.ofSeconds(30),
                4096))) {
            ScreeningReport report = small.screen("kaart.docx", completeCard().build());
            assertEquals(Verdict.INVALID, report.verdict());
            assertEquals(Category.TOO_LARGE, report.findings().get(0).category());
        }
    }

    @Test
    void screeningPastItsDeadlineIsInvalidWithTimeout() {
        try (CardScreeningService hasty = ScreeningServices.cardScreening(new ScreeningLimits(Duration.ofNanos(1),
                ScreeningLimits.DEFAULT.maxInputBytes()))) {
            ScreeningReport report = hasty.screen("kaart.docx", completeCard().build());
            assertEquals(Verdict.INVALID, report.verdict());
            assertEquals(Category.TIMEOUT, report.findings().get(0).category());
        }
    }

    @Test
    void aFailingDetectorMakesTheCardInvalidInsteadOfAcceptingIt() {
        Detector broken = new Detector() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public List<nl.vhkgateway.domain.screening.Finding> detect(nl.vhkgateway.domain.card.TextSegment segment,
                    nl.vhkgateway.domain.screening.ScreeningContext context) {
                throw new IllegalStateException("defect");
            }
        };
        try (CardScreeningService withBrokenDetector = CardScreeningService.builder()
                .inspector(new DocxDocumentInspector()).sanitiser(new DocxSanitiser()).reader(new DocxCardReader())
                .detectors(List.of(broken)).build()) {
            ScreeningReport report = withBrokenDetector.screen("kaart.docx", completeCard().build());
            assertEquals(Verdict.INVALID, report.verdict());
            assertEquals(Category.SCREENING_ERROR, report.findings().get(0).category());
        }
    }

    @Test
    void oneInstanceScreensManyCardsConcurrentlyWithTheSameResults() throws Exception {
        List<CorpusItem> items = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            items.add(CORPUS.cleanCard(i));
        }
        items.addAll(CORPUS.dirtyCards().subList(0, 12));
        List<Verdict> sequential = items.stream().map(i -> service.screen(i.fileName(), i.content()).verdict())
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Verdict>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (CorpusItem item : items) {
                    futures.add(pool.submit(() -> service.screen(item.fileName(), item.content()).verdict()));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % items.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Round 10: a complete card whose Stem van ouders, Krachten and Betrokken hulpverlening are given. */
    private static WordDocxBuilder cardWith(String gezin, String krachten, String stemOuders, String betrokken) {
        return voorblad("Eerste inbreng")
                .part(CardPart.VEILIGHEIDSKAART)
                .section(Section.GEZINSSAMENSTELLING, gezin)
                .section(Section.ONVEILIGHEID, "Er zijn ruzies waarbij J. klem zit.")
                .section(Section.KRACHTEN, krachten)
                .section(Section.RISICOFACTOREN, "Schulden.")
                .section(Section.STEM_JEUGDIGE, "J.: \"Thuis mag niks. I just want some peace.\"")
                .section(Section.STEM_OUDERS, stemOuders)
                .section(Section.VISIE_INBRENGER, "Het vrijwillig kader is onvoldoende.")
                .section(Section.VEILIGHEIDSSCORE, "3")
                .section(Section.BETROKKEN_HULPVERLENING, betrokken);
    }

    @Test
    void acceptsACleanCardWithForeignQuotesAChurchAndAListOfOrganisations() {
        byte[] docx = cardWith("Moeder (1984), J. (2011), broertje D. (2016).",
                "Het gezin gaat naar de Church of Pentecost en de Braziliaanse kerkgemeenschap (Comunidade).",
                "Vader: \"It was a hard year, it will not happen again.\" Moeder: \"Eu não sei o que fazer.\"",
                "Lumen, Timon (ouderschapsbemiddeling), GGZ Centraal (moeder), zorgcoördinator Bredero Mavo.")
                .build();
        ScreeningReport report = service.screen("kaart.docx", docx);
        assertEquals(Verdict.ACCEPT, report.verdict(), report.findings().toString());
    }

    @Test
    void refusesARelativeInTheHelpersListWhenTheCardNamesHimAsFamily() {
        byte[] docx = cardWith("Moeder (1984), J. (2011), halfbroer Timon.",
                "Oma is een steunfiguur.",
                "Moeder: \"Eu não sei o que fazer.\"",
                "Timon (ambulante jeugdhulp), Veilig Thuis, huisarts.")
                .build();
        ScreeningReport report = service.screen("kaart.docx", docx);
        assertEquals(Verdict.REJECT, report.verdict());
        assertTrue(report.findings().stream().anyMatch(f -> f.category() == Category.PERSON_NAME
                        && f.location().describeInDutch().contains("Betrokken hulpverlening")),
                report.findings().toString());
    }
}
