package nl.vhkgateway.application.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import nl.vhkgateway.application.screening.DetectorNoteScreening;
import nl.vhkgateway.domain.consent.AgeGroup;
import nl.vhkgateway.domain.consent.CaseReference;
import nl.vhkgateway.domain.consent.Consenter;
import nl.vhkgateway.domain.consent.ConsenterRole;
import nl.vhkgateway.domain.consent.Purpose;
import nl.vhkgateway.domain.screening.detector.DetectorCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Finding 4 of the security review: the consent register stored a name, a BSN and an address in howGiven, a
 * surname as case number, a consent given in year 1 and one valid until 9999. Each is now refused in Dutch; the
 * note is screened by the card screener's own detectors.
 */
class ConsentRegistrationRulesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);
    private static ConsentRegistrationRules rules;

    @BeforeAll
    static void rules() {
        rules = ConsentRegistrationRules.defaults(new DetectorNoteScreening(DetectorCatalog.defaults(), CLOCK));
    }

    private static ConsentRegistration registration(String caseReference, String howGiven, String givenAt,
                                                    String validUntil) {
        return new ConsentRegistration(CaseReference.parse(caseReference).orElseThrow(),
                List.of(Consenter.of(ConsenterRole.OUDER_MET_GEZAG)), AgeGroup.values()[0], Optional.empty(),
                Optional.empty(), Optional.of(nl.vhkgateway.domain.participant.OrganisationType.VEILIG_THUIS),
                Purpose.OVERDRACHT, howGiven, Instant.parse(givenAt), Optional.empty(), Instant.parse(validUntil));
    }

    private static String refusal(ConsentRegistration registration) {
        return assertThrows(ConsentRequestException.class, () -> rules.check(registration, CLOCK)).getMessage();
    }

    @Test
    void aSoundConsentPassesWithItsHowGivenNormalised() {
        ConsentRegistration checked = rules.check(registration("vht-2026-0042", "mondeling tijdens huisbezoek",
                "2026-12-01T10:00:00Z", "2027-06-30T22:00:00Z"), CLOCK);
        assertEquals("MONDELING: tijdens huisbezoek", checked.howGiven());
        assertEquals("SCHRIFTELIJK", rules.check(registration("VHT-2026-0042", "Schriftelijk",
                "2026-12-01T10:00:00Z", "2027-06-30T22:00:00Z"), CLOCK).howGiven());
    }

    @Test
    void aBsnNameOrAddressInTheNoteIsRefused() {
        String bsn = refusal(registration("VHT-2026-0042", "schriftelijk, BSN 111222333",
                "2026-12-01T10:00:00Z", "2027-06-30T22:00:00Z"));
        assertTrue(bsn.contains("bevat persoonsgegevens"), bsn);
        assertTrue(bsn.contains("howGiven"), bsn);
        String address = refusal(registration("VHT-2026-0042", "mondeling bij Dorpsstraat 12, 4701 AB Roosendaal",
                "2026-12-01T10:00:00Z", "2027-06-30T22:00:00Z"));
        assertTrue(address.contains("bevat persoonsgegevens"), address);
    }

    @Test
    void freeTextWithoutATermIsRefused() {
        String message = refusal(registration("VHT-2026-0042", "Jan de Vries heeft getekend",
                "2026-12-01T10:00:00Z", "2027-06-30T22:00:00Z"));
        assertTrue(message.contains("MONDELING, SCHRIFTELIJK, DIGITAAL of TELEFONISCH"), message);
    }

    @Test
    void aNameAsCaseNumberIsRefused() {
        String message = refusal(registration("JANSEN-2", "mondeling", "2026-12-01T10:00:00Z",
                "2027-06-30T22:00:00Z"));
        assertTrue(message.contains("VHT-nummer"), message);
    }

    @Test
    void aConfiguredCasePatternIsAllowedToo() {
        ConsentRegistrationRules withPattern = new ConsentRegistrationRules(
                Optional.of(Pattern.compile("ROOS-\\d{4}-\\d{1,6}")), java.time.LocalDate.of(2020, 1, 1),
                java.time.Period.ofYears(2), note -> Optional.empty());
        withPattern.check(registration("ROOS-2026-117", "mondeling", "2026-12-01T10:00:00Z",
                "2027-06-30T22:00:00Z"), CLOCK);
    }

    @Test
    void yearOneAndYear9999AreRefused() {
        String yearOne = refusal(registration("VHT-2026-0042", "mondeling", "0001-01-01T00:00:00Z",
                "2027-06-30T22:00:00Z"));
        assertTrue(yearOne.contains("vóór 2020-01-01"), yearOne);
        String forever = refusal(registration("VHT-2026-0042", "mondeling", "2026-12-01T10:00:00Z",
                "9999-12-31T22:00:00Z"));
        assertTrue(forever.contains("hoogstens 2 jaar"), forever);
        String future = refusal(registration("VHT-2026-0042", "mondeling", "2027-01-01T10:00:00Z",
                "2027-06-30T22:00:00Z"));
        assertTrue(future.contains("in de toekomst"), future);
    }
}
