package nl.vhkgateway.domain.planning;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's secret calendar feed ({@code calendar_feed}): only the SHA-256 of its token is kept, which also serves as
 * the feed's id towards its owner (the token itself cannot be derived from it). Immutable.
 *
 * @param id        the lower-case hex SHA-256 of the token
 * @param owner     the owner, as {@code <scope>:<login>} (see the application's {@code FeedOwner})
 * @param createdAt when it was made
 * @param revokedAt when its owner revoked it
 */
public record CalendarFeed(String id, String owner, Instant createdAt, Optional<Instant> revokedAt) {

    public CalendarFeed {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    public boolean active() {
        return revokedAt.isEmpty();
    }
}
