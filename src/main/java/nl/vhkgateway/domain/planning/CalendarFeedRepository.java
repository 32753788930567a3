package nl.vhkgateway.domain.planning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The calendar feeds ({@code calendar_feed}, V6__agenda.sql): token hashes only. Thread-safe. */
public interface CalendarFeedRepository {

    void add(String tokenSha256, String owner, Instant now);

    /** The feed with this token hash, revoked or not. */
    Optional<CalendarFeed> find(String tokenSha256);

    /** The owner's feeds, newest first. */
    List<CalendarFeed> ofOwner(String owner, int limit, int offset);

    int countOfOwner(String owner);

    /** Revokes the owner's feed; false when the owner has no feed with this id (a revoked one counts: idempotent). */
    boolean revoke(String owner, String tokenSha256, Instant now);
}
