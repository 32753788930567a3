package nl.vhkgateway.application.leadership;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LeadershipGateTest {

    @Test
    void everyLoopOfTheGatewayBelongsToTheRoleOfItsMailboxOrToTheJobs() {
        assertEquals(LeadershipRole.INTAKE, LeadershipGate.roleOf("vhk-intake-watcher"));
        assertEquals(LeadershipRole.INTAKE, LeadershipGate.roleOf("vhk-intake-dispatch"));
        assertEquals(LeadershipRole.HANDOVER, LeadershipGate.roleOf("vhk-handover-watcher"));
        assertEquals(LeadershipRole.HANDOVER, LeadershipGate.roleOf("vhk-handover-dispatch"));
        assertEquals(LeadershipRole.JOBS, LeadershipGate.roleOf("vhk-retention"));
        assertEquals(LeadershipRole.JOBS, LeadershipGate.roleOf("vhk-agenda"));
    }

    @Test
    void theRenewalIntervalIsAFifthOfTheLeaseSoTakeoverStaysWithinThirtySecondsByDefault() {
        assertEquals(Duration.ofSeconds(3), Leadership.renewIntervalFor(Duration.ofSeconds(15)));
        assertEquals(Duration.ofMillis(400), Leadership.renewIntervalFor(Duration.ofSeconds(1)));
        Duration lease = Duration.ofSeconds(15);
        assertEquals(true, lease.plus(Leadership.renewIntervalFor(lease)).compareTo(Duration.ofSeconds(30)) <= 0);
    }

    @Test
    void rolesAreKnownByTheirKeys() {
        for (LeadershipRole role : LeadershipRole.values()) {
            assertEquals(role, LeadershipRole.ofKey(role.key()));
        }
        assertThrows(IllegalArgumentException.class, () -> LeadershipRole.ofKey("other"));
    }
}
