package nl.vhkgateway.domain.consent;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Optional;

import static nl.vhkgateway.testsupport.ConsentExamples.consent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsentPolicyTest {

    private final ConsentPolicy defaults = ConsentPolicy.defaults();

    @Test
    void defaultNeedsAParentWithAuthorityOrAGuardian() {
        assertTrue(defaults.isSatisfiedBy(consent().consenters(Consenter.of(ConsenterRole.OUDER_MET_GEZAG)).build()));
        assertTrue(defaults.isSatisfiedBy(consent().consenters(Consenter.of(ConsenterRole.VOOGD)).build()));
        assertEquals(Optional.of("toestemming van een ouder met gezag of voogd ontbreekt"),
                defaults.shortfall(consent().consenters(Consenter.youth(AgeGroup.VAN_12_TOT_16)).build()));
        assertFalse(defaults.isSatisfiedBy(consent().consenters(Consenter.of(ConsenterRole.PLEEGOUDER)).build()));
    }

    @Test
    void defaultNeedsTheYouthFrom16() {
        ConsentData parentOnly = consent().youthAgeGroup(AgeGroup.VANAF_16)
                .consenters(Consenter.of(ConsenterRole.OUDER_MET_GEZAG)).build();
        ConsentData youngerYouthConsent = consent().youthAgeGroup(AgeGroup.VANAF_16)
                .consenters(Consenter.of(ConsenterRole.OUDER_MET_GEZAG), Consenter.youth(AgeGroup.VAN_12_TOT_16))
                .build();
        ConsentData both = consent().youthAgeGroup(AgeGroup.VANAF_16)
                .consenters(Consenter.of(ConsenterRole.OUDER_MET_GEZAG), Consenter.youth(AgeGroup.VANAF_16)).build();

        assertEquals(Optional.of("toestemming van de jeugdige zelf (16 jaar of ouder) ontbreekt"),
                defaults.shortfall(parentOnly));
        assertFalse(defaults.isSatisfiedBy(youngerYouthConsent));
        assertTrue(defaults.isSatisfiedBy(both));
        assertTrue(defaults.isSatisfiedBy(consent().youthAgeGroup(AgeGroup.ONDER_12)
                .consenters(Consenter.of(ConsenterRole.VOOGD)).build()));
    }

    @Test
    void isConfigurable() {
        ConsentPolicy jeugdwet = ConsentPolicy.parse("OUDER_MET_GEZAG, voogd, PLEEGOUDER", "12-15");

        assertEquals(EnumSet.of(ConsenterRole.OUDER_MET_GEZAG, ConsenterRole.VOOGD, ConsenterRole.PLEEGOUDER),
                jeugdwet.representativeRoles());
        assertTrue(jeugdwet.isSatisfiedBy(consent().youthAgeGroup(AgeGroup.ONDER_12)
                .consenters(Consenter.of(ConsenterRole.PLEEGOUDER)).build()));
        assertEquals(Optional.of("toestemming van de jeugdige zelf (12 tot 16 jaar) ontbreekt"),
                jeugdwet.shortfall(consent().youthAgeGroup(AgeGroup.VAN_12_TOT_16)
                        .consenters(Consenter.of(ConsenterRole.VOOGD)).build()));
        assertTrue(ConsentPolicy.parse("OUDER_MET_GEZAG", "none").isSatisfiedBy(consent()
                .youthAgeGroup(AgeGroup.VANAF_16).consenters(Consenter.of(ConsenterRole.OUDER_MET_GEZAG)).build()));
    }

    @Test
    void failsFastOnBadConfiguration() {
        IllegalArgumentException unknownRole = assertThrows(IllegalArgumentException.class,
                () -> ConsentPolicy.parse("OUDER", "16+"));
        assertTrue(unknownRole.getMessage().startsWith("vhk.consent.policy.representative-roles"),
                unknownRole.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConsentPolicy.parse("", "16+"));
        assertThrows(IllegalArgumentException.class, () -> ConsentPolicy.parse("JEUGDIGE", "16+"));
        IllegalArgumentException badAge = assertThrows(IllegalArgumentException.class,
                () -> ConsentPolicy.parse("VOOGD", "18+"));
        assertTrue(badAge.getMessage().startsWith("vhk.consent.policy.youth-consent-from"), badAge.getMessage());
    }
}
