package nl.vhkgateway.domain.handover;

import nl.vhkgateway.domain.consent.Purpose;
import nl.vhkgateway.domain.participant.OrganisationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static nl.vhkgateway.testsupport.ConsentExamples.organisationOf;
import static nl.vhkgateway.testsupport.ConsentExamples.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every one of the 16 sender/receiver type pairs, for every purpose, with and without a VHT submission, against
 * the table of domain.md rule 5 written out here independently of the specification.
 */
class PermittedHandoverSpecificationTest {

    /** "FROM>TO:PURPOSE" -> whether a VHT submission must exist first. Everything else is forbidden. */
    private static final Map<String, Boolean> EXPECTED = Map.ofEntries(
            Map.entry("TOEGANG>VEILIG_THUIS:OVERDRACHT", false),
            Map.entry("VEILIG_THUIS>TOEGANG:OVERDRACHT", false),
            Map.entry("TOEGANG>RVDK:OVERDRACHT", false),
            Map.entry("VEILIG_THUIS>RVDK:OVERDRACHT", false),
            Map.entry("RVDK>GI:OVERDRACHT", false),
            Map.entry("GI>TOEGANG:OVERDRACHT", true),
            Map.entry("GI>TOEGANG:TOETSING_AFSLUITING_MAATREGEL", true),
            Map.entry("TOEGANG>RVDK:INTERVENTIEGESPREK", true),
            Map.entry("TOEGANG>GI:INTERVENTIEGESPREK", true),
            Map.entry("TOEGANG>VEILIG_THUIS:INTERVENTIEGESPREK", true),
            Map.entry("VEILIG_THUIS>RVDK:INTERVENTIEGESPREK", true),
            Map.entry("VEILIG_THUIS>GI:INTERVENTIEGESPREK", true),
            Map.entry("VEILIG_THUIS>TOEGANG:INTERVENTIEGESPREK", true));

    private final PermittedHandoverSpecification specification = new PermittedHandoverSpecification();

    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (OrganisationType from : OrganisationType.values()) {
            for (OrganisationType to : OrganisationType.values()) {
                for (Purpose purpose : Purpose.values()) {
                    all.add(Arguments.of(from, to, purpose, false));
                    all.add(Arguments.of(from, to, purpose, true));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} -> {1} for {2}, VHT submission {3}")
    @MethodSource("everyCombination")
    void permitsExactlyTheDirectionsOfTheSourceDocuments(OrganisationType from, OrganisationType to,
                                                         Purpose purpose, boolean vhtSubmission) {
        HandoverRequest request = request().sender(organisationOf(from)).receiver(organisationOf(to))
                .purpose(purpose).vhtSubmission(vhtSubmission).build();
        Boolean needsVht = EXPECTED.get(from + ">" + to + ":" + purpose);
        boolean expected = needsVht != null && (!needsVht || vhtSubmission);

        assertEquals(expected, specification.isSatisfiedBy(request));
        assertEquals(expected, specification.whyNot(request).isEmpty());
        if (!expected) {
            RefusalReason reason = specification.whyNot(request).orElseThrow().reason();
            assertEquals(needsVht == null ? RefusalReason.DIRECTION_NOT_PERMITTED
                    : RefusalReason.VHT_SUBMISSION_MISSING, reason);
        }
    }

    @Test
    void theTableHasExactlyTheExpectedRoutes() {
        assertEquals(EXPECTED.size(), specification.routes().size());
        specification.routes().forEach(route -> assertEquals(EXPECTED.get(route.from() + ">" + route.to() + ":"
                + route.purpose()), route.requiresVhtSubmission(), route.direction()));
    }

    @Test
    void explainsAForbiddenDirectionInDutch() {
        HandoverRequest giToVeiligThuis = request().sender(organisationOf(OrganisationType.GI))
                .receiver(organisationOf(OrganisationType.VEILIG_THUIS)).build();

        assertEquals("deze richting is niet toegestaan: GI naar Veilig Thuis",
                specification.whyNot(giToVeiligThuis).orElseThrow().message());
    }

    @Test
    void namesThePurposeWhenTheDirectionIsPermittedForAnotherOne() {
        HandoverRequest rvdkToGiTalk = request().sender(organisationOf(OrganisationType.RVDK))
                .receiver(organisationOf(OrganisationType.GI)).purpose(Purpose.INTERVENTIEGESPREK).build();

        assertEquals("deze richting is niet toegestaan voor interventiegesprek: RvdK naar GI",
                specification.whyNot(rvdkToGiTalk).orElseThrow().message());
    }

    @Test
    void endingAMeasureWithoutVhtSubmissionSaysWhy() {
        HandoverRequest giToToegang = request().sender(organisationOf(OrganisationType.GI))
                .receiver(organisationOf(OrganisationType.TOEGANG)).vhtSubmission(false).build();

        String message = specification.whyNot(giToToegang).orElseThrow().message();
        assertTrue(message.contains("GI naar Toegang"), message);
        assertTrue(message.contains("een maatregel wordt altijd afgesloten via het VeiligheidsTeam"), message);
        assertFalse(specification.isSatisfiedBy(giToToegang));
    }
}
