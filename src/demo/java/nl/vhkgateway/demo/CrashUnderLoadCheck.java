package nl.vhkgateway.demo;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Release check "crash under load" (issue 13; {@code deploy/release-checks/crash-under-load.sh}): starts the demo
 * stack on free ports (GreenMail, a MariaDB, Payara Micro with the built WAR), mails N clean cards (default 300,
 * {@code -Dvhk.crash.cards}) as fast as SMTP takes them, and kills Payara Micro with SIGKILL twice while it works
 * through them: once while the cards are still being mailed and once when about half of them have reached the
 * voorzitter; each time it starts Payara again on the same database and mailboxes. Then it waits until every card
 * has reached the voorzitter and checks, from the mailboxes and the database:
 * <ul>
 *   <li>every card was stored as exactly one submission,</li>
 *   <li>every card reached the voorzitter, with exactly one distinct Message-ID per card (a second copy with the
 *       <em>same</em> Message-ID is the one duplicate ADR 0001 accepts after a kill between the SMTP server's
 *       acceptance and its record; it is counted and reported, not failed),</li>
 *   <li>nothing is left in the intake INBOX.</li>
 * </ul>
 * Exits 0 when all holds, 1 otherwise (with what failed). A program, not a test: it takes minutes.
 */
public final class CrashUnderLoadCheck {

    private static final Polling POLLING = new Polling(Duration.ofMillis(100));

    private static final String INTAKE = "veiligheidsteam@gateway.test";
    private static final String VOORZITTER = "voorzitter@vht.test";
    private static final List<String> SENDERS = List.of("deelnemer@roosendaal.test", "deelnemer@veiligthuis.test",
            "deelnemer@jbb.test");
    private static final String DATABASE = "vhk_crash";
    private static final Path WORK = Path.of("target", "crash-under-load");

    private GreenMailDemoServer mail;
    private RunningMariaDb server;
    private DemoDatabase database;
    private PayaraMicroProcess payara;

    public static void main(String[] args) throws Exception {
        int cards = Integer.getInteger("vhk.crash.cards", 300);
        CrashUnderLoadCheck check = new CrashUnderLoadCheck();
        boolean ok;
        try {
            ok = check.run(cards);
        } catch (Exception e) {
            System.out.println("FAILED: " + e);
            ok = false;
        } finally {
            check.stop();
        }
        System.exit(ok ? 0 : 1);
    }

    private boolean run(int cards) throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(WORK);
        System.out.println("Crash under load: " + cards + " cards, Payara Micro killed (SIGKILL) twice and restarted");
        mail = new GreenMailDemoServer(DemoAccounts.load(DemoAccounts.DEFAULT_FILE), 0, 0).start();
        server = MariaDbProvider.startOrConnect(WORK.resolve("mariadb").toAbsolutePath());
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("mysql"), server.user(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
        database = DemoDatabase.prepare(server, DATABASE, "vhk_crash", "crash");
        payara = PayaraMicroProcess.builder(Path.of(System.getProperty("vhk.war", "target/vhk-gateway.war")))
                .port(PayaraMicroProcess.freePort())
                .rootDir(WORK.resolve("payara"))
                .logFile(WORK.resolve("payara.log"))
                .maxHeap("512m")
                .jvmOptions(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"))
                .environment("VHK_CONFIG_FILE", Path.of("config", "demo.properties").toAbsolutePath().toString())
                .environment("VHK_IMAP_PORT", Integer.toString(mail.imapPort()))
                .environment("VHK_SMTP_PORT", Integer.toString(mail.smtpPort()))
                .environment("VHK_DB_URL", database.url())
                .environment("VHK_DB_USER", database.user())
                .environment("VHK_DB_PASSWORD", database.password())
                .build();
        startPayara();

        GreenMail greenMail = mail.greenMail();
        MailFolder voorzitter = inbox(greenMail, VOORZITTER);
        int before = voorzitter.getMessageCount();
        String run = UUID.randomUUID().toString().substring(0, 8);
        byte[] card = DemoCard.create();
        Session session = Session.getInstance(new Properties());
        List<String> messageIds = new ArrayList<>();
        Map<String, List<MimeMessage>> perSender = new HashMap<>();
        for (int i = 0; i < cards; i++) {
            String from = SENDERS.get(i % SENDERS.size());
            MimeMessage message = SendDemoCard.cardMessage(session, from, INTAKE, card, "veiligheidskaart.docx");
            message.saveChanges();
            String messageId = "<crash." + run + "." + i + "@" + from.substring(from.indexOf('@') + 1) + ">";
            message.setHeader("Message-ID", messageId);
            messageIds.add(messageId);
            perSender.computeIfAbsent(from, k -> new ArrayList<>()).add(message);
        }

        AtomicInteger accepted = new AtomicInteger();
        ExecutorService smtp = Executors.newFixedThreadPool(SENDERS.size());
        List<Future<?>> sending = new ArrayList<>();
        for (String sender : SENDERS) {
            sending.add(smtp.submit(() -> {
                send(sender, perSender.get(sender), accepted);
                return null;
            }));
        }
        // Kill 1: while the cards are still coming in (or right after, on a fast machine).
        POLLING.until(Duration.ofMinutes(5), () -> accepted.get() >= cards / 3
                || voorzitter.getMessageCount() - before > 0);
        System.out.printf("Kill 1 (SIGKILL) after %d cards accepted by SMTP, %d delivered%n", accepted.get(),
                voorzitter.getMessageCount() - before);
        payara.kill();
        for (Future<?> future : sending) {
            future.get();
        }
        smtp.shutdown();
        System.out.println("All " + cards + " cards accepted by SMTP");
        startPayara();
        // Kill 2: when about half has reached the voorzitter.
        POLLING.until(Duration.ofMinutes(15), () -> voorzitter.getMessageCount() - before >= cards / 2);
        System.out.printf("Kill 2 (SIGKILL) with %d cards delivered%n", voorzitter.getMessageCount() - before);
        payara.kill();
        startPayara();

        Duration timeout = Duration.ofSeconds(Long.getLong("vhk.crash.timeout-seconds", 1200));
        boolean complete = POLLING.until(timeout, () -> distinctDelivered(voorzitter, before) >= cards
                && inbox(greenMail, INTAKE).getMessageCount() == 0);
        TimeUnit.SECONDS.sleep(3); // a late duplicate would show up here

        Map<String, Integer> submissionsPerCard = submissionsPerMessageId();
        Map<Long, String> originalOf = originalMessageIds();
        Map<String, Set<String>> deliveredIds = new HashMap<>();
        int copies = 0;
        for (StoredMessage stored : added(voorzitter, before)) {
            MimeMessage message = stored.getMimeMessage();
            String submission = message.getHeader("X-VHK-Submission", null);
            String original = submission == null ? null : originalOf.get(Long.valueOf(submission.trim()));
            if (original != null) {
                deliveredIds.computeIfAbsent(original, k -> new HashSet<>()).add(message.getMessageID());
                copies++;
            }
        }
        int missing = 0;
        int notOneSubmission = 0;
        int severalIds = 0;
        for (String messageId : messageIds) {
            missing += deliveredIds.containsKey(messageId) ? 0 : 1;
            severalIds += deliveredIds.getOrDefault(messageId, Set.of()).size() > 1 ? 1 : 0;
            notOneSubmission += submissionsPerCard.getOrDefault(messageId, 0) == 1 ? 0 : 1;
        }
        int sameIdDuplicates = copies - deliveredIds.values().stream().mapToInt(Set::size).sum();
        int leftInInbox = inbox(greenMail, INTAKE).getMessageCount();
        System.out.printf("%s within %d s of the last restart; %.0f s in total%n",
                complete ? "All cards delivered" : "NOT all cards delivered", timeout.toSeconds(),
                (System.nanoTime() - started) / 1e9);
        System.out.printf("Cards: %d; missing at the voorzitter: %d; with more than one distinct Message-ID: %d; "
                        + "not stored as exactly one submission: %d; left in the intake INBOX: %d%n",
                cards, missing, severalIds, notOneSubmission, leftInInbox);
        System.out.printf("Copies with the same Message-ID (the duplicate ADR 0001 accepts after a kill between the "
                + "SMTP acceptance and its record): %d%n", sameIdDuplicates);
        boolean ok = complete && missing == 0 && severalIds == 0 && notOneSubmission == 0 && leftInInbox == 0;
        System.out.println(ok ? "PASSED: every card delivered exactly once, nothing left in the intake INBOX"
                : "FAILED (see above; Payara's log: " + payara.logFile() + ")");
        return ok;
    }

    private int starts;

    private void startPayara() throws java.io.IOException {
        if (Files.exists(payara.logFile())) { // each start truncates the log: keep the previous run's
            Files.copy(payara.logFile(), WORK.resolve("payara-run" + starts + ".log"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        starts++;
        payara.start();
        payara.awaitDeployed(Duration.ofSeconds(Long.getLong("vhk.crash.start-timeout-seconds", 900)), System.out::println);
        awaitOrFail(Duration.ofSeconds(300), () -> payara.log().contains("Watching IMAP"));
        System.out.println("Payara Micro up (pid " + payara.pid() + ")");
    }

    private void send(String sender, List<MimeMessage> own, AtomicInteger accepted) throws MessagingException {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", mail.host());
        properties.setProperty("mail.smtp.port", Integer.toString(mail.smtpPort()));
        properties.setProperty("mail.smtp.auth", "true");
        try (Transport transport = Session.getInstance(properties).getTransport("smtp")) {
            transport.connect(mail.host(), mail.smtpPort(), sender, "demo");
            for (MimeMessage message : own) {
                transport.sendMessage(message, new InternetAddress[] {new InternetAddress(INTAKE)});
                accepted.incrementAndGet();
            }
        }
    }

    /** Distinct cards (by the X-VHK-Submission header) in the voorzitter's mailbox since {@code before}. */
    /**
     * The messages added to the folder after the first {@code before}, copied one by one: GreenMail's
     * {@code getMessages()} is a live view of a synchronized list, whose iterator fails with a
     * ConcurrentModificationException when the gateway delivers meanwhile; {@code size()} and {@code get(i)} do not.
     */
    private static List<StoredMessage> added(MailFolder folder, int before) {
        List<StoredMessage> live = folder.getMessages();
        List<StoredMessage> copy = new ArrayList<>();
        for (int i = before; i < live.size(); i++) {
            copy.add(live.get(i));
        }
        return copy;
    }

    private static long distinctDelivered(MailFolder folder, int before) {
        Set<String> submissions = new HashSet<>();
        for (StoredMessage stored : added(folder, before)) {
            try {
                String submission = stored.getMimeMessage().getHeader("X-VHK-Submission", null);
                if (submission != null) {
                    submissions.add(submission.trim());
                }
            } catch (MessagingException e) {
                // not one of ours
            }
        }
        return submissions.size();
    }

    private Map<String, Integer> submissionsPerMessageId() throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT message_id, COUNT(*) FROM submission GROUP BY message_id");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    private Map<Long, String> originalMessageIds() throws SQLException {
        Map<Long, String> ids = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(), database.password());
             PreparedStatement statement = connection.prepareStatement("SELECT id, message_id FROM submission");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.put(rows.getLong(1), rows.getString(2));
            }
        }
        return ids;
    }

    private static MailFolder inbox(GreenMail greenMail, String user) {
        try {
            return greenMail.getManagers().getImapHostManager().getInbox(greenMail.getUserManager().getUser(user));
        } catch (Exception e) {
            throw new IllegalStateException("No inbox for " + user, e);
        }
    }

    private void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {payara, server, mail}) {
            if (closeable != null) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    System.err.println("Could not stop " + closeable + ": " + e.getMessage());
                }
            }
        }
    }

    private static void awaitOrFail(Duration timeout, BooleanSupplier condition) {
        try {
            if (!POLLING.until(timeout, condition)) {
                throw new IllegalStateException("Timed out after " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

}
