package nl.vhkgateway.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import nl.vhkgateway.domain.participant.DuplicateRegistrationException;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.participant.Organisation;
import nl.vhkgateway.domain.participant.OrganisationId;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.participant.ParticipantData;
import nl.vhkgateway.domain.participant.ParticipantId;
import nl.vhkgateway.domain.participant.ParticipantRepository;
import nl.vhkgateway.domain.participant.PemCertificate;
import nl.vhkgateway.domain.participant.UnknownOrganisationException;

/**
 * {@link ParticipantRepository} on the {@code participant} table, read together with its organisation
 * (V2__participants.sql). Mail addresses are stored in lower case ({@link MailAddress}). Thread-safe.
 */
public final class JdbcParticipantRepository implements ParticipantRepository {

    private static final String SELECT = "SELECT p.id, p.name, p.mail_address, p.signing_certificate_pem, p.active,"
            + " p.api_password_hash IS NOT NULL, " + JdbcOrganisationRepository.COLUMNS
            + " FROM participant p JOIN organisation o ON o.id = p.organisation_id";
    private static final int ORGANISATION_FIRST_COLUMN = 7;

    private final DataSource dataSource;
    private final Clock clock;

    public JdbcParticipantRepository(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<Participant> findAll() {
        return query(SELECT + " ORDER BY p.mail_address", null, "listing participants");
    }

    @Override
    public List<Participant> findByOrganisation(OrganisationId organisationId) {
        return query(SELECT + " WHERE p.organisation_id = ? ORDER BY p.mail_address", organisationId.value(),
                "listing participants of organisation " + organisationId);
    }

    @Override
    public Optional<Participant> findById(ParticipantId id) {
        return query(SELECT + " WHERE p.id = ?", id.value(), "reading participant " + id).stream().findFirst();
    }

    @Override
    public Optional<Participant> findByMailAddress(MailAddress mailAddress) {
        return query(SELECT + " WHERE p.mail_address = ?", mailAddress.normalised(), "finding participant by address")
                .stream().findFirst();
    }

    @Override
    public Participant add(ParticipantData data) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "INSERT INTO participant (organisation_id, name, mail_address, signing_certificate_pem,"
                             + " signing_certificate_sha256, active, created_at, updated_at)"
                             + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            int next = bind(statement, data);
            statement.setTimestamp(next, Sql.utc(clock.instant()));
            statement.setTimestamp(next + 1, Sql.utc(clock.instant()));
            statement.executeUpdate();
            long id;
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new PersistenceException("adding participant (no key returned)", null);
                }
                id = keys.getLong(1);
            }
            return findById(new ParticipantId(id))
                    .orElseThrow(() -> new PersistenceException("re-reading participant " + id, null));
        } catch (SQLException e) {
            throw translate(e, "adding participant", data);
        }
    }

    @Override
    public Optional<Participant> update(ParticipantId id, ParticipantData data) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE participant SET organisation_id = ?, name = ?, mail_address = ?,"
                             + " signing_certificate_pem = ?, signing_certificate_sha256 = ?, active = ?,"
                             + " updated_at = ? WHERE id = ?")) {
            int next = bind(statement, data);
            statement.setTimestamp(next, Sql.utc(clock.instant()));
            statement.setLong(next + 1, id.value());
            if (statement.executeUpdate() != 1) {
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw translate(e, "updating participant " + id, data);
        }
        return findById(id);
    }

    @Override
    public Optional<String> findApiPasswordHash(ParticipantId id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT api_password_hash FROM participant WHERE id = ?")) {
            statement.setLong(1, id.value());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("reading API credential of participant " + id, e);
        }
    }

    @Override
    public boolean setApiPasswordHash(ParticipantId id, Optional<String> encodedHash) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE participant SET api_password_hash = ?, updated_at = ? WHERE id = ?")) {
            if (encodedHash.isPresent()) {
                statement.setString(1, encodedHash.get());
            } else {
                statement.setNull(1, Types.VARCHAR);
            }
            statement.setTimestamp(2, Sql.utc(clock.instant()));
            statement.setLong(3, id.value());
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new PersistenceException("setting API credential of participant " + id, e);
        }
    }

    private List<Participant> query(String sql, Object parameter, String operation) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter instanceof Long number) {
                statement.setLong(1, number);
            } else if (parameter != null) {
                statement.setString(1, parameter.toString());
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<Participant> participants = new ArrayList<>();
                while (rows.next()) {
                    participants.add(map(rows));
                }
                return participants;
            }
        } catch (SQLException e) {
            throw new PersistenceException(operation, e);
        }
    }

    private static int bind(PreparedStatement statement, ParticipantData data) throws SQLException {
        statement.setLong(1, data.organisationId().value());
        statement.setString(2, data.name());
        statement.setString(3, data.mailAddress().normalised());
        if (data.signingCertificate().isPresent()) {
            statement.setString(4, data.signingCertificate().get().pem());
            statement.setString(5, data.signingCertificate().get().sha256Fingerprint());
        } else {
            statement.setNull(4, Types.VARCHAR);
            statement.setNull(5, Types.CHAR);
        }
        statement.setBoolean(6, data.active());
        return 7;
    }

    private static Participant map(ResultSet row) throws SQLException {
        Organisation organisation = JdbcOrganisationRepository.map(row, ORGANISATION_FIRST_COLUMN);
        String certificate = row.getString(4);
        ParticipantData data = new ParticipantData(
                row.getString(2),
                MailAddress.of(row.getString(3)),
                organisation.id(),
                Optional.ofNullable(certificate).map(PemCertificate::parse),
                row.getBoolean(5));
        return new Participant(new ParticipantId(row.getLong(1)), data, organisation, row.getBoolean(6));
    }

    private static RuntimeException translate(SQLException e, String operation, ParticipantData data) {
        if (Sql.isDuplicate(e, "uq_participant_mail_address")) {
            return new DuplicateRegistrationException(DuplicateRegistrationException.Field.PARTICIPANT_MAIL_ADDRESS, e);
        }
        if (e.getErrorCode() == Sql.NO_REFERENCED_ROW) {
            return new UnknownOrganisationException(data.organisationId(), e);
        }
        return new PersistenceException(operation, e);
    }
}
