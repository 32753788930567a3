package nl.vhkgateway.domain.outbox;

import java.util.Objects;
import java.util.Optional;

/**
 * Who claims outbox messages on the calling thread (issue 12): the leadership role the thread works for, its
 * fencing token and the claiming process. A claim records it, and a dispatcher whose token is higher (a newer
 * leadership of the same role) may take over a claim made under an older one at once, without waiting for the
 * sending lease. Implementations are thread-safe; {@link #NONE} (a thread that works for no role, a single test
 * assembly) makes claims that are taken over only after the sending lease.
 */
@FunctionalInterface
public interface OutboxClaimant {

    /** No leadership: claims are taken over only after the sending lease. */
    OutboxClaimant NONE = Optional::empty;

    /** The claimant of the calling thread right now; empty when the thread does not work for a leader. */
    Optional<Claimant> current();

    /**
     * @param role         the leadership role's key ({@code intake}, {@code handover})
     * @param fencingToken the role's fencing token held by this process
     * @param process      the claiming process (instance id and a per-start suffix): a process never takes over its
     *                     own older claims at once, a thread of it may still be sending them
     */
    record Claimant(String role, long fencingToken, String process) {
        public Claimant {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(process, "process");
        }
    }
}
