package nl.vhkgateway.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.vhkgateway.application.screening.CardScreeningService;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.ScreeningReport;
import nl.vhkgateway.domain.screening.Verdict;
import nl.vhkgateway.infrastructure.config.ScreeningServices;
import org.junit.jupiter.api.Test;

/** The committed demo cards screen as the demo promises: the clean one accepted, the other refused. */
class DemoCardsTest {

    @Test
    void theDemoCardsScreenAsPromised() throws IOException {
        try (CardScreeningService screening = ScreeningServices.cardScreening()) {
            Path clean = Path.of("docs/demo/voorbeeld-veiligheidskaart.docx");
            ScreeningReport accepted = screening.screen(clean.getFileName().toString(), Files.readAllBytes(clean));
            assertEquals(Verdict.ACCEPT, accepted.verdict(), accepted.findings()::toString);
            Path dirty = Path.of("docs/demo/voorbeeld-met-persoonsgegevens.docx");
            ScreeningReport refused = screening.screen(dirty.getFileName().toString(), Files.readAllBytes(dirty));
            assertEquals(Verdict.REJECT, refused.verdict());
            for (Category category : new Category[] {Category.PERSON_NAME, Category.PHONE, Category.BIRTH_DATE,
                    Category.PERSONAL_DATA_SECTION}) {
                assertTrue(refused.findings().stream().anyMatch(f -> f.category() == category), category::name);
            }
        }
    }
}
