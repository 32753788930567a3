package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.domain.planning.MeetingDayChange;
import nl.vhkgateway.domain.planning.MeetingDayRepository;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@link MeetingDayRepository} on {@code meeting_day_change} (V18). Thread-safe. */
public final class JdbcMeetingDayRepository implements MeetingDayRepository {

    private final JdbcTransactions jdbc;

    public JdbcMeetingDayRepository(JdbcTransactions jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public List<MeetingDayChange> all() {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT change_day, kind, created_by, created_at "
                    + "FROM meeting_day_change ORDER BY change_day");
                 ResultSet rs = s.executeQuery()) {
                List<MeetingDayChange> changes = new ArrayList<>();
                while (rs.next()) {
                    changes.add(new MeetingDayChange(rs.getDate("change_day").toLocalDate(),
                            MeetingDayChange.Kind.valueOf(rs.getString("kind")), rs.getString("created_by"),
                            Jdbc.instant(rs, "created_at")));
                }
                return changes;
            }
        });
    }

    @Override
    public boolean add(MeetingDayChange change) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO meeting_day_change "
                    + "(change_day, kind, created_by, created_at) VALUES (?,?,?,?)")) {
                s.setDate(1, Date.valueOf(change.day()));
                s.setString(2, change.kind().name());
                s.setString(3, change.createdBy());
                Jdbc.setInstant(s, 4, change.createdAt());
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean remove(LocalDate day) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM meeting_day_change WHERE change_day = ?")) {
                s.setDate(1, Date.valueOf(day));
                return s.executeUpdate() == 1;
            }
        });
    }
}
