package nl.vhkgateway.application.leadership;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the database says about one role's lease, for health and the cluster view. Immutable.
 *
 * @param role      the role
 * @param holder    the instance that holds it; empty when released (or never taken)
 * @param token     the fencing token of the latest acquisition (0: never acquired)
 * @param expiresAt when another instance may take it over (UTC, the database's clock)
 * @param expired   whether it had expired when it was read (by the database's clock)
 */
public record Lease(LeadershipRole role, Optional<String> holder, long token, Instant expiresAt, boolean expired) {

    public Lease {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** The holder while the lease is current; empty when it is free or expired. */
    public Optional<String> currentHolder() {
        return expired ? Optional.empty() : holder;
    }
}
