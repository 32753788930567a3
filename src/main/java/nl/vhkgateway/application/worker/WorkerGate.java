package nl.vhkgateway.application.worker;

/**
 * Whether a worker loop may do its work now: the one place where high availability plugs in leadership (only the
 * leader of several gateway instances watches the mailboxes and runs the jobs). {@link WorkerLoop} asks before
 * every round and, in a long round such as a mailbox connection, before every pass ({@link WorkerLoop.Context#active()});
 * while the answer is no the loop stands by ({@link WorkerState.Phase#STANDBY}) and asks again later.
 * Implementations must answer quickly (from a cached lease, not a network round trip per call) and must not throw;
 * a throw counts as no. Thread-safe.
 */
@FunctionalInterface
public interface WorkerGate {

    /** The single-instance gateway: every loop always runs. */
    WorkerGate ALWAYS = worker -> true;

    /** @param worker the loop's name, e.g. {@code vhk-intake-watcher} */
    boolean mayRun(String worker);
}
