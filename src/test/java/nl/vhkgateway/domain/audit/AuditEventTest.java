package nl.vhkgateway.domain.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AuditEventTest {

    @Test
    void holdsIdsCodesAndAddresses() {
        AuditEvent event = AuditEvent.builder("deelnemer@roosendaal.test", "HANDOVER_CHECK")
                .subject("VHT-2026-0042").outcome("REFUSED").reason("CONSENT_WITHDRAWN")
                .detail("receiverType", "VEILIG_THUIS").detail("consentId", "17").build();

        assertEquals(List.of("CONSENT_WITHDRAWN"), event.reasonCodes());
        assertEquals(List.of("consentId", "receiverType"), List.copyOf(event.details().keySet()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sanne Jansen", "mondeling tijdens huisbezoek", "06 12345678", "Jansen;drop", "a\"b",
            "naam\nregel"})
    void refusesFreeTextInDetailsWithoutRepeatingIt(String value) {
        UnsafeAuditValueException e = assertThrows(UnsafeAuditValueException.class,
                () -> AuditEvent.builder("system:intake", "DECIDED").detail("note", value).build());

        assertEquals("details.note", e.field());
        assertFalse(e.getMessage().contains(value), e.getMessage());
    }

    @Test
    void refusesFreeTextAsSubjectActorOrCode() {
        assertThrows(UnsafeAuditValueException.class,
                () -> AuditEvent.builder("system:intake", "DECIDED").subject("fam. Jansen").build());
        assertThrows(UnsafeAuditValueException.class,
                () -> AuditEvent.builder("Sanne Jansen", "DECIDED").build());
        assertThrows(UnsafeAuditValueException.class,
                () -> AuditEvent.builder("system:intake", "decided by hand").build());
        assertThrows(UnsafeAuditValueException.class,
                () -> AuditEvent.builder("system:intake", "DECIDED").reason("geen toestemming").build());
    }

    @Test
    void limitsTheNumberOfValues() {
        AuditEvent.Builder builder = AuditEvent.builder("system:intake", "DECIDED");
        for (int i = 0; i <= AuditEvent.MAX_DETAILS; i++) {
            builder.detail("k" + i, "v");
        }
        assertThrows(UnsafeAuditValueException.class, builder::build);
    }
}
