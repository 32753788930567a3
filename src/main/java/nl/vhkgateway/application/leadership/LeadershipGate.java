package nl.vhkgateway.application.leadership;

import nl.vhkgateway.application.worker.WorkerGate;

import java.util.Objects;

/**
 * The {@link WorkerGate} of a gateway that may run beside others: a worker loop runs only while this instance leads
 * its role (from memory, {@link Leadership#holds}; no database round trip). The loops of a mailbox are named after
 * it ({@code vhk-intake-*}, {@code vhk-handover-*}); every other loop (retention, agenda) is a scheduled job. A
 * single instance leads every role from its start, so there every loop always runs. Thread-safe.
 */
public final class LeadershipGate implements WorkerGate {

    private final Leadership leadership;

    public LeadershipGate(Leadership leadership) {
        this.leadership = Objects.requireNonNull(leadership, "leadership");
    }

    @Override
    public boolean mayRun(String worker) {
        return leadership.holds(roleOf(worker));
    }

    /** The role whose leader runs the loop named {@code worker}. */
    public static LeadershipRole roleOf(String worker) {
        if (worker.startsWith("vhk-intake-")) {
            return LeadershipRole.INTAKE;
        }
        if (worker.startsWith("vhk-handover-")) {
            return LeadershipRole.HANDOVER;
        }
        return LeadershipRole.JOBS;
    }
}
