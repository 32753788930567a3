package nl.vhkgateway.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import nl.vhkgateway.application.sender.SenderAuthenticationChoices;
import nl.vhkgateway.application.sender.SenderAuthenticationMethod;
import nl.vhkgateway.domain.participant.OrganisationId;

/** {@link SenderAuthenticationChoices} in the table {@code organisation_sender_authentication} (V7). Thread-safe. */
public final class JdbcSenderAuthenticationChoices implements SenderAuthenticationChoices {

    private final DataSource dataSource;
    private final Clock clock;

    public JdbcSenderAuthenticationChoices(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<SenderAuthenticationMethod> methodOf(OrganisationId organisation) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT method FROM organisation_sender_authentication WHERE organisation_id = ?")) {
            s.setLong(1, organisation.value());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(SenderAuthenticationMethod.valueOf(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not read the sender authentication of an organisation", e);
        }
    }

    @Override
    public void choose(OrganisationId organisation, SenderAuthenticationMethod method, String chosenBy) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("INSERT INTO organisation_sender_authentication"
                     + " (organisation_id, method, chosen_by, chosen_at) VALUES (?, ?, ?, ?)"
                     + " ON DUPLICATE KEY UPDATE method = VALUES(method), chosen_by = VALUES(chosen_by),"
                     + " chosen_at = VALUES(chosen_at)")) {
            s.setLong(1, organisation.value());
            s.setString(2, method.name());
            s.setString(3, chosenBy);
            JdbcTime.set(s, 4, clock.instant());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("could not record the sender authentication of an organisation", e);
        }
    }
}
