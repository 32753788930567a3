package nl.vhkgateway.application.leadership;

import java.time.Duration;
import java.util.Optional;

/**
 * The leases in the database (port). All times are the store's own clock, so the instances' clocks do not matter.
 * Every call is its own short transaction and never joins a worker's transaction. Thread-safe.
 */
public interface LeaseStore {

    /**
     * Takes the role's lease when it is free (released) or expired, for {@code duration}, with a new fencing token.
     *
     * @return the new fencing token; empty when another instance holds a current lease
     */
    Optional<Long> tryAcquire(LeadershipRole role, String holder, Duration duration);

    /** Extends the lease of {@code holder} with {@code token} by {@code duration} from now; false when it is no longer theirs. */
    boolean renew(LeadershipRole role, String holder, long token, Duration duration);

    /** Frees the lease at once when {@code holder} with {@code token} still holds it (a clean shutdown); else nothing. */
    void release(LeadershipRole role, String holder, long token);

    /** The current state of the role's lease. */
    Lease read(LeadershipRole role);

    /** True when {@code holder} with {@code token} holds a current (unexpired) lease of the role. */
    boolean holds(LeadershipRole role, String holder, long token);
}
