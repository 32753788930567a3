package nl.vhkgateway.testsupport.intake;

import nl.vhkgateway.application.mailflow.ProcessingObserver;

import nl.vhkgateway.domain.audit.AuditKey;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.activation.DataHandler;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import nl.vhkgateway.application.intake.retention.RetentionSettings;
import nl.vhkgateway.application.intake.routing.Addresses;
import nl.vhkgateway.application.sender.AuthenticationResultsPolicy;
import nl.vhkgateway.application.sender.SenderVerifier;
import nl.vhkgateway.application.participant.ParticipantRegistry;
import nl.vhkgateway.application.participant.RegisterSeeder;
import nl.vhkgateway.application.screening.CardScreeningService;
import nl.vhkgateway.application.screening.MailScreeningService;
import nl.vhkgateway.application.screening.ScreeningLimits;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionState;
import nl.vhkgateway.infrastructure.config.ScreeningServices;
import nl.vhkgateway.infrastructure.crypto.BcSignedMailReader;
import nl.vhkgateway.infrastructure.crypto.Pbkdf2PasswordHasher;
import nl.vhkgateway.infrastructure.mail.ImapProcessedFolder;
import nl.vhkgateway.infrastructure.persistence.JdbcAuditLog;
import nl.vhkgateway.infrastructure.persistence.JdbcOrganisationRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcParticipantRepository;
import nl.vhkgateway.bootstrap.MailflowAssembly;
import nl.vhkgateway.bootstrap.ScreeningIntakeAssembly;
import nl.vhkgateway.testsupport.IntakeBench;
import nl.vhkgateway.testsupport.MutableClock;
import nl.vhkgateway.testsupport.TestDatabase;
import nl.vhkgateway.testsupport.TestMail;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * One screening-intake test setup, built in plain Java as the runtime builds it: a migrated MariaDB with the demo
 * register seeded, GreenMail, the real sender verification, the real screener, the shared JDBC audit log, the
 * {@link ScreeningIntakeAssembly} plugged into an {@link MailflowAssembly}, on a hand-moved clock. Close it after the
 * test (the screener holds threads).
 */
public final class ScreeningIntakeBench implements AutoCloseable {

    public static final String INTAKE = TestMail.INTAKE;
    public static final String VOORZITTER = TestMail.VOORZITTER;
    public static final String DEELNEMER = "deelnemer@roosendaal.test";
    public static final String BEHEER = "beheer@gateway.test";
    public static final String RVDK = "intake@rvdk.test";

    private static CardScreeningService shared;

    private final GreenMailOperations greenMail;
    private final DataSource dataSource;
    private final MutableClock clock;
    private final ParticipantRegistry registry;
    private final JdbcAuditLog auditLog;
    private final CardScreeningService cards;
    private final ScreeningIntakeAssembly screening;
    private final ScreeningIntakeAssembly.Builder screeningBuilder;
    private final MailflowAssembly intake;

    public ScreeningIntakeBench(GreenMailOperations greenMail, String database) {
        this(greenMail, database, RetentionSettings.defaults());
    }

    public ScreeningIntakeBench(GreenMailOperations greenMail, String database, RetentionSettings retention) {
        this(greenMail, database, retention, ScreeningLimits.DEFAULT);
    }

    /** With other screening limits (a tiny time-out makes every screening fail). */
    public ScreeningIntakeBench(GreenMailOperations greenMail, String database, RetentionSettings retention,
                                ScreeningLimits limits) {
        this(greenMail, database, retention, limits, (bench, builder) -> { });
    }

    /**
     * With the screening intake's builder adjusted by {@code customise} before it is built (another sender verifier,
     * planning commands); the bench's database, clock, register and audit log are ready when it is called.
     */
    public ScreeningIntakeBench(GreenMailOperations greenMail, String database,
                                java.util.function.BiConsumer<ScreeningIntakeBench, ScreeningIntakeAssembly.Builder> customise) {
        this(greenMail, database, RetentionSettings.defaults(), ScreeningLimits.DEFAULT, customise);
    }

    private ScreeningIntakeBench(GreenMailOperations greenMail, String database, RetentionSettings retention,
                                 ScreeningLimits limits,
                                 java.util.function.BiConsumer<ScreeningIntakeBench, ScreeningIntakeAssembly.Builder> customise) {
        this.greenMail = greenMail;
        this.dataSource = TestDatabase.fresh(database);
        this.clock = MutableClock.atSystemTime();
        Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher();
        JdbcParticipantRepository participants = new JdbcParticipantRepository(dataSource, clock);
        this.registry = new ParticipantRegistry(new JdbcOrganisationRepository(dataSource, clock), participants, hasher,
                clock);
        new RegisterSeeder(registry, participants, hasher).seed(new StringReader(demoRegisterWithoutPasswords()));
        this.auditLog = new JdbcAuditLog(dataSource, clock, AuditKey.random());
        this.cards = limits.equals(ScreeningLimits.DEFAULT) ? sharedScreener() : ScreeningServices.cardScreening(limits);
        SenderVerifier verifier = SenderVerifier.standard(registry::findByMailAddress, new BcSignedMailReader(),
                AuthenticationResultsPolicy.disabled());
        ScreeningIntakeAssembly.Builder screeningBuilder = ScreeningIntakeAssembly.builder()
                .dataSource(dataSource)
                .senderVerifier(verifier)
                .screening(new MailScreeningService(cards, clock))
                .auditLog(auditLog)
                .addresses(new Addresses(MailAddress.of(INTAKE), MailAddress.of(VOORZITTER), MailAddress.of(RVDK),
                        MailAddress.of(BEHEER)))
                .retention(retention)
                .processedMailbox(new ImapProcessedFolder(TestMail.intakeAccount(greenMail), "Verwerkt"))
                .clock(clock);
        customise.accept(this, screeningBuilder);
        this.screeningBuilder = screeningBuilder;
        this.screening = screeningBuilder.build();
        this.intake = MailflowAssembly.builder()
                .dataSource(dataSource)
                .intakeMailbox(TestMail.intakeAccount(greenMail))
                .smtp(TestMail.smtpAccount(greenMail))
                .gatewayAddress(MailAddress.of(INTAKE))
                .voorzitter(MailAddress.of(VOORZITTER))
                .routing(screening.policy())
                .clock(clock)
                .build();
    }

    /** The demo register without the REST passwords (hashing them would only slow the tests down). */
    private static String demoRegisterWithoutPasswords() {
        try {
            return Files.readString(Path.of("config", "demo-register.json"), StandardCharsets.UTF_8)
                    .replaceAll(",\\s*\"apiPassword\"\\s*:\\s*\"[^\"]*\"", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fresh screening intake and pipeline on the same database, mailbox, clock and audit log, as after a restart
     * (or as a second instance), its pipeline reporting to {@code observer} (a crash test's {@code CrashAt}).
     */
    public MailflowAssembly restarted(ProcessingObserver observer) {
        return MailflowAssembly.builder()
                .dataSource(dataSource)
                .intakeMailbox(TestMail.intakeAccount(greenMail))
                .smtp(TestMail.smtpAccount(greenMail))
                .gatewayAddress(MailAddress.of(INTAKE))
                .voorzitter(MailAddress.of(VOORZITTER))
                .routing(screeningBuilder.build().policy())
                .observer(observer)
                .clock(clock)
                .build();
    }

    public MutableClock clock() {
        return clock;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public ParticipantRegistry registry() {
        return registry;
    }

    public JdbcAuditLog auditLog() {
        return auditLog;
    }

    public ScreeningIntakeAssembly screening() {
        return screening;
    }

    public MailflowAssembly intake() {
        return intake;
    }

    /** Puts a message straight into the intake INBOX with this receive time (IMAP INTERNALDATE). */
    public void receive(byte[] raw, Instant receivedAt) {
        try {
            GreenMailUser owner = greenMail.getUserManager().getUserByEmail(INTAKE);
            if (owner == null) {
                owner = greenMail.setUser(INTAKE, TestMail.PASSWORD);
            }
            MailFolder inbox = greenMail.getManagers().getImapHostManager().getInbox(owner);
            inbox.appendMessage(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)),
                    new Flags(), Date.from(receivedAt));
        } catch (FolderException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Receives a mail as the vaste deelnemer sends it: a short text and the card attached. */
    public void receiveCard(String from, String subject, byte[] docx, String fileName, Instant receivedAt) {
        receive(cardMail(from, subject, docx, fileName), receivedAt);
    }

    /** Runs the intake as the loops would: an INBOX pass, a retry pass, and an INBOX pass to move the originals. */
    public void process() {
        IntakeBench.inboxPass(intake);
        intake.pipeline().processDue();
        IntakeBench.inboxPass(intake);
    }

    public List<MimeMessage> inbox(String user) {
        return TestMail.folder(greenMail, user, "INBOX");
    }

    public List<Submission> submissions(SubmissionState state) {
        return intake.administration().inState(state, 100);
    }

    public Submission only(SubmissionState state) {
        List<Submission> found = submissions(state);
        if (found.size() != 1) {
            throw new AssertionError("expected one submission in " + state + ", found " + found.size());
        }
        return found.get(0);
    }

    @Override
    public void close() {
        if (cards != shared) {
            cards.close();
        }
    }

    /** One screener for every bench of the test JVM (thread-safe, daemon workers): it takes seconds to build. */
    private static synchronized CardScreeningService sharedScreener() {
        if (shared == null) {
            shared = ScreeningServices.cardScreening();
        }
        return shared;
    }

    // ------------------------------------------------------------------------------------------- mail helpers

    public static byte[] cardMail(String from, String subject, byte[] docx, String fileName) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(INTAKE));
            message.setSubject(subject, "UTF-8");
            message.setSentDate(new Date());
            MimeBodyPart text = new MimeBodyPart();
            text.setText("Beste voorzitter,\n\nHierbij de veiligheidskaart ter bespreking.\n\nMet vriendelijke groet,\n"
                    + "Vaste deelnemer Toegang Roosendaal\n", "UTF-8");
            MimeBodyPart card = new MimeBodyPart();
            card.setDataHandler(new DataHandler(new ByteArrayDataSource(docx,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document")));
            card.setFileName(fileName);
            card.setDisposition(Part.ATTACHMENT);
            message.setContent(new MimeMultipart(text, card));
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain text body of a message the gateway sent (the first text/plain part). */
    public static String text(MimeMessage message) {
        return nl.vhkgateway.testsupport.TestMail.plainText(message);
    }

    /** The text with every run of white space as one space (the Dutch texts wrap at 78 columns). */
    public static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** The attachments of a message: file name and bytes. */
    public static List<Attached> attachments(MimeMessage message) {
        try {
            List<Attached> found = new ArrayList<>();
            if (message.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart part = multipart.getBodyPart(i);
                    if (part.getFileName() != null) {
                        try (InputStream in = part.getInputStream()) {
                            found.add(new Attached(part.getFileName(), in.readAllBytes()));
                        }
                    }
                }
            }
            return found;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole message as text (headers and body, undecoded), to prove something is not in it anywhere. */
    public static String raw(MimeMessage message) {
        return GreenMailUtil.getWholeMessage(message);
    }

    public static String header(MimeMessage message, String name) {
        try {
            return Optional.ofNullable(message.getHeader(name, null)).orElse("");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One attachment. */
    public record Attached(String fileName, byte[] content) {
    }

    /** Waits briefly for SMTP deliveries to land in GreenMail. */
    public void awaitInbox(String user, int count) {
        TestMail.await(count + " messages for " + user, Duration.ofSeconds(5), () -> inbox(user).size() >= count);
    }
}
