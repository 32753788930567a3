package nl.vhkgateway.infrastructure.persistence;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import nl.vhkgateway.domain.planning.AgendaRepository;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * {@link AgendaRepository} on MariaDB. The sanitised card is the {@code .docx} attachment of the summary the intake
 * sent the voorzitter (outbox purpose {@value #SUMMARY_PURPOSE}); retention removes it with that message's MIME.
 * The notice ledger is the {@code scheduled_notice} table the reminders use. Thread-safe.
 */
public final class JdbcAgendaRepository implements AgendaRepository {

    /** The outbox purpose of the intake's summary to the voorzitter (application.intake.routing.AcceptCard). */
    static final String SUMMARY_PURPOSE = "SUMMARY_VOORZITTER";

    private final JdbcTransactions jdbc;
    private final JdbcTermRepository notices;

    public JdbcAgendaRepository(JdbcTransactions jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.notices = new JdbcTermRepository(jdbc);
    }

    @Override
    public List<LocalDate> meetingsWithoutAgenda(LocalDate from, LocalDate to) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT m.meeting_date FROM meeting m "
                    + "WHERE m.meeting_date BETWEEN ? AND ? AND m.agenda_sent_at IS NULL AND EXISTS ("
                    + "SELECT 1 FROM planned_case p WHERE p.meeting_date = m.meeting_date AND p.state = 'ACCEPTED') "
                    + "ORDER BY m.meeting_date")) {
                s.setDate(1, Date.valueOf(from));
                s.setDate(2, Date.valueOf(to));
                List<LocalDate> dates = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        dates.add(rs.getDate(1).toLocalDate());
                    }
                }
                return dates;
            }
        });
    }

    @Override
    public List<LocalDate> meetingsWithAgenda(LocalDate from, LocalDate to) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT meeting_date FROM meeting "
                    + "WHERE meeting_date BETWEEN ? AND ? AND agenda_sent_at IS NOT NULL ORDER BY meeting_date")) {
                s.setDate(1, Date.valueOf(from));
                s.setDate(2, Date.valueOf(to));
                List<LocalDate> dates = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        dates.add(rs.getDate(1).toLocalDate());
                    }
                }
                return dates;
            }
        });
    }

    @Override
    public void agendaSent(LocalDate meeting, Instant at) {
        jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE meeting SET agenda_sent_at = ? WHERE meeting_date = ? AND agenda_sent_at IS NULL")) {
                Jdbc.setInstant(s, 1, at);
                s.setDate(2, Date.valueOf(meeting));
                return s.executeUpdate();
            }
        });
    }

    @Override
    public Optional<CardCopy> currentCard(SubmissionId planned, Instant before) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT s.id, s.received_at, si.submission_year, "
                    + "si.submission_sequence, o.raw_mime FROM submission s "
                    + "JOIN submission_intake si ON si.submission_id = s.id "
                    + "JOIN outbox_message o ON o.submission_id = s.id AND o.purpose = ? "
                    + "WHERE (s.id = ? OR (si.linked_submission_id = ? AND s.received_at < ?)) "
                    + "AND s.state IN ('ACCEPTED', 'DELIVERED') AND si.screening_verdict = 'ACCEPT' "
                    + "AND si.submission_year IS NOT NULL AND o.raw_mime IS NOT NULL "
                    + "ORDER BY s.received_at DESC, s.id DESC")) {
                s.setString(1, SUMMARY_PURPOSE);
                s.setLong(2, planned.value());
                s.setLong(3, planned.value());
                Jdbc.setInstant(s, 4, before);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Optional<byte[]> docx = docxAttachment(rs.getBytes("raw_mime"));
                        if (docx.isPresent()) {
                            return Optional.of(new CardCopy(new SubmissionId(rs.getLong("id")),
                                    new SubmissionNumber(rs.getInt("submission_year"),
                                            rs.getInt("submission_sequence")),
                                    Jdbc.instant(rs, "received_at"), docx.get()));
                        }
                    }
                }
                return Optional.empty();
            }
        });
    }

    @Override
    public boolean claimNotice(String key, Instant now) {
        return notices.claimNotice(key, now);
    }

    /** The first attachment named *.docx of a stored MIME message. */
    static Optional<byte[]> docxAttachment(byte[] mime) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(mime));
            return find(message);
        } catch (MessagingException | IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> find(Part part) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<byte[]> found = find(child);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        String name = part.getFileName();
        if (name != null && name.toLowerCase(Locale.ROOT).endsWith(".docx")) {
            try (InputStream in = part.getInputStream()) {
                return Optional.of(in.readAllBytes());
            }
        }
        return Optional.empty();
    }
}
