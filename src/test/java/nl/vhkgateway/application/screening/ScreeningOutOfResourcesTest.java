package nl.vhkgateway.application.screening;

import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.CardReader;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.ScreeningReport;
import nl.vhkgateway.domain.screening.Verdict;
import nl.vhkgateway.domain.screening.detector.DetectorCatalog;
import nl.vhkgateway.infrastructure.docx.DocxCardReader;
import nl.vhkgateway.infrastructure.docx.DocxDocumentInspector;
import nl.vhkgateway.infrastructure.docx.DocxSanitiser;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11: a card that runs the screener out of memory (or stack) is a screening error ("kon niet worden
 * gecontroleerd"), not a corrupt document ("beschadigd"), and the same service goes on screening the next card.
 */
class ScreeningOutOfResourcesTest {

    /** The real reader, except that it fails the way the test sets (once). */
    private static final class FailingOnceReader implements CardReader {
        private final AtomicReference<Supplier<Error>> failure = new AtomicReference<>();
        private final DocxCardReader real = new DocxCardReader();

        @Override
        public CardContent read(byte[] docx) {
            Supplier<Error> next = failure.getAndSet(null);
            if (next != null) {
                throw next.get();
            }
            return real.read(docx);
        }
    }

    private static byte[] card() {
        return WordDocxBuilder.card().build();
    }

    @Test
    void outOfMemoryWhileReadingTheCardIsAScreeningErrorAndTheServiceGoesOn() {
        FailingOnceReader reader = new FailingOnceReader();
        try (CardScreeningService service = CardScreeningService.builder().inspector(new DocxDocumentInspector())
                .sanitiser(new DocxSanitiser()).reader(reader).detectors(DetectorCatalog.defaults()).build()) {
            ScreeningReport before = service.screen("kaart.docx", card());

            reader.failure.set(() -> new OutOfMemoryError("Java heap space"));
            ScreeningReport report = service.screen("kaart.docx", card());

            assertEquals(Verdict.INVALID, report.verdict());
            assertEquals(Category.SCREENING_ERROR, report.findings().get(0).category());
            String reason = report.findings().get(0).maskedExcerpt();
            assertTrue(reason.contains("niet volledig worden gecontroleerd"), reason);
            assertTrue(!reason.contains("beschadigd"), reason);
            // the next card is screened as before
            ScreeningReport after = service.screen("kaart.docx", card());
            assertEquals(before.verdict(), after.verdict());
            assertNotEquals(Category.SCREENING_ERROR, after.findings().isEmpty() ? null
                    : after.findings().get(0).category());
        }
    }

    @Test
    void aStackOverflowWhileReadingIsAScreeningErrorTooButADefectInTheFileStaysCorrupt() {
        FailingOnceReader reader = new FailingOnceReader();
        try (CardScreeningService service = CardScreeningService.builder().inspector(new DocxDocumentInspector())
                .sanitiser(new DocxSanitiser()).reader(reader).detectors(DetectorCatalog.defaults()).build()) {
            reader.failure.set(StackOverflowError::new);
            assertEquals(Category.SCREENING_ERROR,
                    service.screen("kaart.docx", card()).findings().get(0).category());

            ScreeningReport garbage = service.screen("kaart.docx", "geen docx".getBytes());
            assertEquals(Verdict.INVALID, garbage.verdict());
            assertNotEquals(Category.SCREENING_ERROR, garbage.findings().get(0).category());
        }
    }
}
