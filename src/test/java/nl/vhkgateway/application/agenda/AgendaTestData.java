package nl.vhkgateway.application.agenda;

import nl.vhkgateway.testsupport.TestDatabase;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Rows for agenda tests, written straight into a migrated test database: an organisation with one vaste deelnemer,
 * and accepted submissions with their VHT numbers (as the intake pipeline leaves them). Only made-up data.
 */
final class AgendaTestData {

    static final String DEELNEMER = "deelnemer@gemeente-roosendaal.example";

    private final DataSource dataSource;
    private int next = 1;

    AgendaTestData(DataSource dataSource) {
        this.dataSource = dataSource;
        TestDatabase.execute(dataSource,
                "INSERT INTO organisation (id, type, name, municipality, receiving_mailbox, created_at, updated_at) "
                        + "VALUES (1, 'TOEGANG', 'Gemeente Roosendaal', 'Roosendaal', 'vht@gemeente-roosendaal.example', "
                        + "NOW(), NOW())",
                "INSERT INTO participant (id, organisation_id, name, mail_address, created_at, updated_at) "
                        + "VALUES (1, 1, 'Vaste Deelnemer', '" + DEELNEMER + "', NOW(), NOW())");
    }

    /** An ACCEPTED submission received at {@code receivedAt} with number VHT-2026-000n; returns n. */
    int accepted(Instant receivedAt) {
        int n = next++;
        String at = "'" + LocalDateTime.ofInstant(receivedAt, ZoneOffset.UTC) + "'";
        String hash = String.format("%064d", n);
        TestDatabase.execute(dataSource,
                "INSERT INTO submission (id, channel, message_id, message_id_synthetic, message_id_digest, "
                        + "content_sha256, sender, received_at, size_bytes, state, next_attempt_at, created_at, "
                        + "updated_at) VALUES (" + n + ", 'INTAKE', '<m" + n + "@example>', FALSE, '" + hash + "', '"
                        + hash + "', '" + DEELNEMER + "', " + at + ", 100, 'ACCEPTED', " + at + ", " + at + ", " + at + ")",
                "INSERT INTO submission_intake (submission_id, submission_year, submission_sequence, route, "
                        + "participant_id, organisation_id, sender_verdict, screening_verdict, created_at, updated_at) "
                        + "VALUES (" + n + ", 2026, " + n + ", 'VHT', 1, 1, 'ACCEPTED', 'ACCEPT', " + at + ", " + at
                        + ")");
        return n;
    }
}
