package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.domain.planning.CalendarFeed;
import nl.vhkgateway.domain.planning.CalendarFeedRepository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link CalendarFeedRepository} on {@code calendar_feed} (V6__agenda.sql). Thread-safe. */
public final class JdbcCalendarFeedRepository implements CalendarFeedRepository {

    private static final String COLUMNS = "token_sha256, owner, created_at, revoked_at";

    private final JdbcTransactions jdbc;

    public JdbcCalendarFeedRepository(JdbcTransactions jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public void add(String tokenSha256, String owner, Instant now) {
        jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO calendar_feed (token_sha256, owner, created_at) VALUES (?,?,?)")) {
                s.setString(1, tokenSha256);
                s.setString(2, owner);
                Jdbc.setInstant(s, 3, now);
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<CalendarFeed> find(String tokenSha256) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM calendar_feed WHERE token_sha256 = ?")) {
                s.setString(1, tokenSha256);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(feed(rs)) : Optional.<CalendarFeed>empty();
                }
            }
        });
    }

    @Override
    public List<CalendarFeed> ofOwner(String owner, int limit, int offset) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM calendar_feed WHERE owner = ? "
                    + "ORDER BY created_at DESC, token_sha256 LIMIT ? OFFSET ?")) {
                s.setString(1, owner);
                s.setInt(2, limit);
                s.setInt(3, offset);
                try (ResultSet rs = s.executeQuery()) {
                    List<CalendarFeed> feeds = new ArrayList<>();
                    while (rs.next()) {
                        feeds.add(feed(rs));
                    }
                    return feeds;
                }
            }
        });
    }

    @Override
    public int countOfOwner(String owner) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM calendar_feed WHERE owner = ?")) {
                s.setString(1, owner);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public boolean revoke(String owner, String tokenSha256, Instant now) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE calendar_feed SET revoked_at = COALESCE(revoked_at, ?) "
                    + "WHERE token_sha256 = ? AND owner = ?")) {
                Jdbc.setInstant(s, 1, now);
                s.setString(2, tokenSha256);
                s.setString(3, owner);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT 1 FROM calendar_feed WHERE token_sha256 = ? AND owner = ?")) {
                s.setString(1, tokenSha256);
                s.setString(2, owner);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    private static CalendarFeed feed(ResultSet rs) throws SQLException {
        return new CalendarFeed(rs.getString("token_sha256"), rs.getString("owner"), Jdbc.instant(rs, "created_at"),
                Jdbc.optionalInstant(rs, "revoked_at"));
    }
}
