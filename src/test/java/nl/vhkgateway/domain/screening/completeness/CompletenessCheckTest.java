package nl.vhkgateway.domain.screening.completeness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.CardFactsExtractor;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.MissingItem;
import nl.vhkgateway.testsupport.CardContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CompletenessCheckTest {

    private final CompletenessCheck check = CompletenessCheck.defaults();

    private CompletenessResult check(CardContents card) {
        CardContent content = card.build();
        return check.check(new CardUnderReview(content, new CardFactsExtractor().extract(content), 2026));
    }

    private static List<String> labels(CompletenessResult result) {
        return result.missing().stream().map(MissingItem::label).toList();
    }

    @Test
    void aCompleteCardIsComplete() {
        CompletenessResult result = check(CardContents.complete());
        assertTrue(result.isSatisfied(), () -> labels(result) + " " + result.findings());
    }

    static Stream<Section> requiredSections() {
        return Stream.of(Section.values()).filter(s -> s.requirement() == Section.Requirement.REQUIRED);
    }

    @ParameterizedTest
    @MethodSource("requiredSections")
    void eachRequiredSectionMissingIsNamed(Section section) {
        assertEquals(List.of(section.label()), labels(check(CardContents.complete().without(section))));
    }

    @ParameterizedTest
    @MethodSource("requiredSections")
    void eachRequiredSectionHoldingOnlyAPlaceholderIsNamed(Section section) {
        assertEquals(List.of(section.label()), labels(check(CardContents.complete().with(section, "n.v.t."))));
        assertEquals(List.of(section.label()), labels(check(CardContents.complete().with(section, " - "))));
    }

    @Test
    void soortInbrengMustChooseOneOfTheFour() {
        assertEquals(List.of("Soort inbreng"), labels(check(CardContents.complete().with(Section.SOORT_INBRENG,
                "Eerste inbreng / Vervolgbespreking / Monitoring / Overdracht"))));
        assertEquals(List.of("Soort inbreng"), labels(check(CardContents.complete().with(Section.SOORT_INBRENG,
                "nieuw gezin"))));
        assertTrue(check(CardContents.complete().with(Section.SOORT_INBRENG, "☒ Monitoring ☐ Overdracht")).isSatisfied());
    }

    @Test
    void jeugdigeNeedsInitialAndBirthYear() {
        assertEquals(List.of("Jeugdige (voorletter en geboortejaar)"),
                labels(check(CardContents.complete().with(Section.JEUGDIGE, "de oudste zoon"))));
    }

    @Test
    void consentRefusalNeedsReasonAndJustification() {
        assertEquals(List.of("Instemming betrokkenen: reden", "Instemming betrokkenen: onderbouwing inbrenger"),
                labels(check(CardContents.complete().with(Section.INSTEMMING, "Nee"))));
        assertEquals(List.of("Instemming betrokkenen: onderbouwing inbrenger"),
                labels(check(CardContents.complete().with(Section.INSTEMMING, "Nee, omdat vader geen hulp wil."))));
        assertTrue(check(CardContents.complete().with(Section.INSTEMMING,
                "Nee, omdat vader geen hulp wil. Vanwege de ernst breng ik de kaart toch in.")).isSatisfied());
        assertEquals(List.of("Instemming betrokkenen"),
                labels(check(CardContents.complete().with(Section.INSTEMMING, "Ja / Nee"))));
    }

    @Test
    void youthVoiceIsRequiredFromTwelveOnly() {
        assertEquals(List.of("Stem van de jeugdige"),
                labels(check(CardContents.complete().without(Section.STEM_JEUGDIGE))));
        assertEquals(List.of("Stem van de jeugdige"),
                labels(check(CardContents.complete().with(Section.STEM_JEUGDIGE, "n.v.t."))));
        // J. (2015) is 11 in 2026: recommended, not required.
        assertTrue(check(CardContents.complete().with(Section.JEUGDIGE, "J. (2015)").without(Section.STEM_JEUGDIGE))
                .isSatisfied());
        // The card's own year decides: 2014 is 12 in 2026 but 11 in a card dated 2025.
        assertFalse(check(CardContents.complete().with(Section.JEUGDIGE, "J. (2014)").without(Section.STEM_JEUGDIGE))
                .isSatisfied());
        assertTrue(check(CardContents.complete().with(Section.JEUGDIGE, "J. (2014)").with(Section.DATUM, "3-3-2025")
                .without(Section.STEM_JEUGDIGE)).isSatisfied());
        // Any youth of 12 or older counts.
        assertFalse(check(CardContents.complete().with(Section.JEUGDIGE, "J. (2019), S. (2012)")
                .without(Section.STEM_JEUGDIGE)).isSatisfied());
    }

    @Test
    void aFilledPersoonsgegevensFieldIsAFindingWhateverItHolds() {
        CompletenessResult result = check(CardContents.complete().with(Section.ADRES, "Kerkstraat 12").with(Section.BSN,
                "zie dossier"));
        assertTrue(result.missing().isEmpty());
        assertEquals(2, result.findings().size());
        for (Finding finding : result.findings()) {
            assertEquals(Category.PERSONAL_DATA_SECTION, finding.category());
            assertEquals(DocumentPart.TABLE, finding.location().documentPart());
            assertFalse(finding.maskedExcerpt().contains("Kerkstraat"));
        }
        assertEquals(List.of(Section.BSN, Section.ADRES),
                result.findings().stream().map(f -> f.location().section().orElseThrow()).sorted().toList());
    }

    @Test
    void everyMissingItemIsReportedInCardOrder() {
        CompletenessResult result = check(CardContents.complete().without(Section.VEILIGHEIDSSCORE)
                .without(Section.DATUM).with(Section.INSTEMMING, "nee"));
        assertEquals(List.of("Datum", "Instemming betrokkenen: reden", "Instemming betrokkenen: onderbouwing inbrenger",
                "Veiligheidsscore"), labels(result));
    }
}
