package nl.vhkgateway.application.intake.messages;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.screening.Category;
import org.junit.jupiter.api.Test;

class FixAdviceTest {

    @Test
    void everyCategoryHasItsOwnAdvice() {
        for (Category category : Category.values()) {
            assertNotEquals(FixAdvice.GENERIC, FixAdvice.forCategory(category), category.name());
        }
    }

    @Test
    void everyHiddenPlaceAndEveryMailPlaceHasAdvice() {
        Set<DocumentPart> ordinary = Set.of(DocumentPart.BODY, DocumentPart.TABLE, DocumentPart.DOCUMENT);
        for (DocumentPart place : DocumentPart.values()) {
            assertTrue(FixAdvice.forPlace(place).isPresent() != ordinary.contains(place), place.name());
        }
    }

    @Test
    void everyRequiredSectionHasAdvice() {
        for (Section section : Section.values()) {
            String advice = FixAdvice.forMissingSection(section);
            assertFalse(advice.isBlank(), section.name());
            if (section.requirement() != Section.Requirement.OPTIONAL
                    && section.requirement() != Section.Requirement.EMPTY_AT_INTAKE) {
                assertFalse(advice.startsWith("Vul het onderdeel '"), "specific advice for " + section.name());
            }
        }
    }
}
