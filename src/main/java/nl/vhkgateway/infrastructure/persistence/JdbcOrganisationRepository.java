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
import nl.vhkgateway.domain.participant.OrganisationData;
import nl.vhkgateway.domain.participant.OrganisationId;
import nl.vhkgateway.domain.participant.OrganisationRepository;
import nl.vhkgateway.domain.participant.OrganisationType;
import nl.vhkgateway.domain.participant.PemCertificate;

/** {@link OrganisationRepository} on the {@code organisation} table (V2__participants.sql). Thread-safe. */
public final class JdbcOrganisationRepository implements OrganisationRepository {

    static final String COLUMNS = "o.id, o.type, o.name, o.municipality, o.receiving_mailbox, o.partner_certificate_pem,"
            + " o.active";

    private final DataSource dataSource;
    private final Clock clock;

    public JdbcOrganisationRepository(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<Organisation> findAll() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT " + COLUMNS + " FROM organisation o ORDER BY o.name, o.id");
             ResultSet rows = statement.executeQuery()) {
            List<Organisation> organisations = new ArrayList<>();
            while (rows.next()) {
                organisations.add(map(rows, 1));
            }
            return organisations;
        } catch (SQLException e) {
            throw new PersistenceException("listing organisations", e);
        }
    }

    @Override
    public Optional<Organisation> findById(OrganisationId id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT " + COLUMNS + " FROM organisation o WHERE o.id = ?")) {
            statement.setLong(1, id.value());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(map(rows, 1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("reading organisation " + id, e);
        }
    }

    @Override
    public Organisation add(OrganisationData data) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "INSERT INTO organisation (type, name, municipality, receiving_mailbox, partner_certificate_pem,"
                             + " partner_certificate_sha256, active, created_at, updated_at)"
                             + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            int next = bind(statement, data);
            statement.setTimestamp(next, Sql.utc(clock.instant()));
            statement.setTimestamp(next + 1, Sql.utc(clock.instant()));
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new PersistenceException("adding organisation (no key returned)", null);
                }
                return new Organisation(new OrganisationId(keys.getLong(1)), data);
            }
        } catch (SQLException e) {
            throw translate(e, "adding organisation");
        }
    }

    @Override
    public Optional<Organisation> update(OrganisationId id, OrganisationData data) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE organisation SET type = ?, name = ?, municipality = ?, receiving_mailbox = ?,"
                             + " partner_certificate_pem = ?, partner_certificate_sha256 = ?, active = ?,"
                             + " updated_at = ? WHERE id = ?")) {
            int next = bind(statement, data);
            statement.setTimestamp(next, Sql.utc(clock.instant()));
            statement.setLong(next + 1, id.value());
            return statement.executeUpdate() == 1 ? Optional.of(new Organisation(id, data)) : Optional.empty();
        } catch (SQLException e) {
            throw translate(e, "updating organisation " + id);
        }
    }

    private static int bind(PreparedStatement statement, OrganisationData data) throws SQLException {
        statement.setString(1, data.type().name());
        statement.setString(2, data.name());
        if (data.municipality().isPresent()) {
            statement.setString(3, data.municipality().get());
        } else {
            statement.setNull(3, Types.VARCHAR);
        }
        statement.setString(4, data.receivingMailbox().normalised());
        if (data.partnerCertificate().isPresent()) {
            statement.setString(5, data.partnerCertificate().get().pem());
            statement.setString(6, data.partnerCertificate().get().sha256Fingerprint());
        } else {
            statement.setNull(5, Types.VARCHAR);
            statement.setNull(6, Types.CHAR);
        }
        statement.setBoolean(7, data.active());
        return 8;
    }

    /** Maps the {@link #COLUMNS} starting at column {@code first}. */
    static Organisation map(ResultSet row, int first) throws SQLException {
        String certificate = row.getString(first + 5);
        OrganisationData data = new OrganisationData(
                OrganisationType.valueOf(row.getString(first + 1)),
                row.getString(first + 2),
                Optional.ofNullable(row.getString(first + 3)),
                MailAddress.of(row.getString(first + 4)),
                Optional.ofNullable(certificate).map(PemCertificate::parse),
                row.getBoolean(first + 6));
        return new Organisation(new OrganisationId(row.getLong(first)), data);
    }

    private static RuntimeException translate(SQLException e, String operation) {
        if (Sql.isDuplicate(e, "uq_organisation_name")) {
            return new DuplicateRegistrationException(DuplicateRegistrationException.Field.ORGANISATION_NAME, e);
        }
        return new PersistenceException(operation, e);
    }
}
