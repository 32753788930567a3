package nl.vhkgateway.domain.consent;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static nl.vhkgateway.testsupport.ConsentExamples.T0;
import static nl.vhkgateway.testsupport.ConsentExamples.consent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConsentRecordTest {

    private final ConsentRecord record = new ConsentRecord(new ConsentId(1),
            consent().valid(T0, T0.plus(Duration.ofDays(10))).build(), Optional.empty());

    @Test
    void statusFollowsTheValidityPeriod() {
        assertEquals(ConsentStatus.NOT_YET_VALID, record.statusAt(T0.minusMillis(1)));
        assertEquals(ConsentStatus.VALID, record.statusAt(T0));
        assertEquals(ConsentStatus.VALID, record.statusAt(T0.plus(Duration.ofDays(10)).minusMillis(1)));
        assertEquals(ConsentStatus.EXPIRED, record.statusAt(T0.plus(Duration.ofDays(10))));
    }

    @Test
    void aWithdrawalCountsFromItsMomentAndKeepsTheFacts() {
        Withdrawal withdrawal = new Withdrawal(T0.plus(Duration.ofDays(2)), ConsenterRole.JEUGDIGE,
                "per brief", "deelnemer@roosendaal.test", T0.plus(Duration.ofDays(3)));
        ConsentRecord withdrawn = record.withWithdrawal(withdrawal);

        assertEquals(ConsentStatus.VALID, withdrawn.statusAt(T0.plus(Duration.ofDays(1))));
        assertEquals(ConsentStatus.WITHDRAWN, withdrawn.statusAt(T0.plus(Duration.ofDays(2))));
        assertEquals(ConsentStatus.WITHDRAWN, withdrawn.statusAt(T0.plus(Duration.ofDays(400))));
        assertEquals(record.data(), withdrawn.data());
        assertThrows(ConsentAlreadyWithdrawnException.class, () -> withdrawn.withWithdrawal(withdrawal));
    }

    @Test
    void refusesImpossibleFacts() {
        assertThrows(IllegalArgumentException.class, () -> consent().valid(T0, T0).build());
        assertThrows(IllegalArgumentException.class, () -> new Consenter(ConsenterRole.JEUGDIGE, Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> record.withWithdrawal(new Withdrawal(T0.minusSeconds(1),
                ConsenterRole.VOOGD, "telefonisch", "x@y.test", T0)));
        assertThrows(IllegalArgumentException.class, () -> new Withdrawal(T0.plusSeconds(1), ConsenterRole.VOOGD,
                "telefonisch", "x@y.test", T0));
    }

    @Test
    void toStringLeavesOutTheFreeText() {
        assertFalse(record.toString().contains("huisbezoek"), record.toString());
        assertTrue(record.toString().contains("VHT-2026-0042"));
    }

    @Test
    void caseReferencesRefuseNames() {
        assertEquals(Optional.of(new CaseReference("VHT-2026-0042")), CaseReference.parse(" vht-2026-0042 "));
        assertTrue(CaseReference.parse("ROOS-117").isPresent());
        assertTrue(CaseReference.parse("JANSEN").isEmpty());
        assertTrue(CaseReference.parse("Sanne Jansen 2011").isEmpty());
        assertTrue(CaseReference.parse("").isEmpty());
    }
}
