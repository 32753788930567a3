package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.application.handover.VhtSubmissionLookup;
import nl.vhkgateway.domain.consent.CaseReference;
import nl.vhkgateway.domain.submission.SubmissionNumber;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link VhtSubmissionLookup} on the submission-number sequence (V2__participants.sql): a case reference counts as
 * a submission to the VeiligheidsTeam when it is a submission number ({@code VHT-2026-0042}) the gateway has
 * issued, i.e. at most the last number allocated in that year. A case pseudonym is never one. Once the screening
 * intake records its submissions per number, this can ask that table instead. Thread-safe.
 */
public final class JdbcVhtSubmissionLookup implements VhtSubmissionLookup {

    private final DataSource dataSource;

    public JdbcVhtSubmissionLookup(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public boolean existsFor(CaseReference caseReference) {
        Optional<SubmissionNumber> number = SubmissionNumber.tryParse(caseReference.value());
        if (number.isEmpty()) {
            return false;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT last_number FROM submission_number_sequence WHERE submission_year = ?")) {
            s.setInt(1, number.get().year());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && number.get().sequence() <= rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new PersistenceException("could not look up submission numbers", e);
        }
    }
}
