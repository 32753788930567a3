package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.application.leadership.Leadership;
import nl.vhkgateway.domain.outbox.OutboxClaimant;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@link OutboxClaimant} of a worker thread: the role the thread works for ({@link FencingDataSource#runAs}),
 * this instance's fencing token of that role (from memory, {@link Leadership#token}) and this process. Empty on a
 * thread that works for no role or while this instance does not lead the role. The claim that records it is a
 * worker's write and therefore fenced: an instance whose token is stale cannot claim, so it cannot take over either.
 * Thread-safe.
 */
public final class LeadershipClaimant implements OutboxClaimant {

    private final Leadership leadership;

    public LeadershipClaimant(Leadership leadership) {
        this.leadership = Objects.requireNonNull(leadership, "leadership");
    }

    @Override
    public Optional<Claimant> current() {
        return FencingDataSource.currentRole().flatMap(role -> leadership.token(role)
                .map(token -> new Claimant(role.key(), token, leadership.process())));
    }
}
