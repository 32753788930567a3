package nl.vhkgateway.demo;

import com.icegreen.greenmail.store.FolderListener;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end-to-end benchmark ({@code mvn -o -Pbenchmark-e2e}, see the README): starts the demo stack on free ports
 * (GreenMail, a MariaDB, Payara Micro with the built WAR and {@code config/demo.properties}), mails N cards (default
 * 500, {@code -Dvhk.bench.cards}) from the registered vaste deelnemers as fast as SMTP takes them, and prints
 * <ul>
 *   <li>the throughput from the first SMTP acceptance until the last card is in the voorzitter's mailbox (refused
 *       cards: until the refusal is in the sender's mailbox),</li>
 *   <li>the latency per card, matched by Message-ID, from SMTP acceptance (the client's 250 after DATA) to the moment
 *       the mail server stored the gateway's mail in the recipient's mailbox (a GreenMail folder listener): p50, p95,
 *       max,</li>
 *   <li>Payara's CPU time per card, its peak heap use (from its GC log), duplicates and what is left in the intake
 *       INBOX, and the machine's load average before and after.</li>
 * </ul>
 * Rounds: first a <b>warm-up</b> of {@code -Dvhk.bench.warmup} clean cards (default 500, 0: none) as a burst on the
 * fresh JVM, reported in full but labelled "warm-up (not measured)": its figures are those of a fresh JVM (C2 still
 * compiling); then the measured <b>steady-state</b> rounds: {@code -Dvhk.bench.refused=0,20} (default) runs one round
 * with only clean cards and one where 20 % are refused (they carry a BSN). Offered rate of the measured rounds:
 * {@code -Dvhk.bench.rate=<cards/s>} sends the cards at that steady rate (card i at i/rate s after the round's start,
 * spread over the senders' connections); without it (default) as fast as SMTP takes them (a burst). JVM options
 * of Payara: {@code -Dvhk.bench.jvm=production} (default, the options of
 * {@code deploy/jvm.options}) or {@code demo} (the demo's fast-start options). The database is the MariaDB of
 * {@code VHK_TEST_DB_URL} when reachable (else an embedded one), with a fresh database {@code vhk_bench}.
 *
 * <p>A program, not a test: it asserts nothing and only reports what it measured. Not thread-safe.
 */
public final class EndToEndBenchmark {

    private static final Polling POLLING = new Polling(Duration.ofMillis(20));

    private static final String INTAKE = "veiligheidsteam@gateway.test";
    private static final String VOORZITTER = "voorzitter@vht.test";
    private static final List<String> SENDERS = List.of("deelnemer@roosendaal.test", "deelnemer@veiligthuis.test",
            "deelnemer@jbb.test");
    private static final String DATABASE = System.getProperty("vhk.bench.database", "vhk_bench");
    private static final Path WORK = Path.of("target", "bench");
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final int cards;
    private final int warmup;
    private final double rate;
    private final List<Integer> refusedPercentages;
    private final String jvm;
    private GreenMailDemoServer mail;
    private RunningMariaDb server;
    private DemoDatabase database;
    private PayaraMicroProcess payara;
    private final Path gcLog = WORK.resolve("gc.log").toAbsolutePath();

    private EndToEndBenchmark(int cards, int warmup, double rate, List<Integer> refusedPercentages, String jvm) {
        this.cards = cards;
        this.warmup = warmup;
        this.rate = rate;
        this.refusedPercentages = refusedPercentages;
        this.jvm = jvm;
    }

    public static void main(String[] args) throws Exception {
        int cards = Integer.getInteger("vhk.bench.cards", 500);
        List<Integer> refused = Arrays.stream(System.getProperty("vhk.bench.refused", "0,20").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
        String jvm = System.getProperty("vhk.bench.jvm", "production");
        int warmup = Integer.getInteger("vhk.bench.warmup", 500);
        double rate = Double.parseDouble(System.getProperty("vhk.bench.rate", "0"));
        EndToEndBenchmark benchmark = new EndToEndBenchmark(cards, warmup, rate, refused, jvm);
        try {
            benchmark.startStack();
            if (warmup > 0) {
                benchmark.round("Warm-up (not measured; fresh JVM)", warmup, 0, 0);
            }
            for (int percentage : refused) {
                benchmark.round("Steady state (measured)", cards, percentage, rate);
            }
        } finally {
            benchmark.stopStack();
        }
        System.exit(0);
    }

    private void startStack() throws Exception {
        Files.createDirectories(WORK);
        Files.deleteIfExists(gcLog);
        System.out.println("End-to-end benchmark: warm-up " + warmup + " cards (burst, not measured), then " + cards
                + " cards per measured round, refused % per round " + refusedPercentages + ", offered rate "
                + (rate > 0 ? rate + " cards/s" : "as fast as SMTP takes them (burst)") + ", Payara JVM options: "
                + jvm);
        System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs, load average " + loadAverage());
        mail = new GreenMailDemoServer(DemoAccounts.load(DemoAccounts.DEFAULT_FILE), 0, 0).start();
        server = MariaDbProvider.startOrConnect(WORK.resolve("mariadb").toAbsolutePath());
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("mysql"), server.user(), server.password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
        database = DemoDatabase.prepare(server, DATABASE, "vhk_bench", "bench");
        List<String> options = new ArrayList<>(jvm.equals("demo")
                ? List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                : JvmOptions.read(Path.of("deploy", "jvm.options")));
        options.add("-Xlog:gc:file=" + gcLog);
        // extra options for profiling, e.g. -Dvhk.bench.jvm.extra=-XX:StartFlightRecording=filename=target/bench/b.jfr
        Arrays.stream(System.getProperty("vhk.bench.jvm.extra", "").split("\\s+")).filter(o -> !o.isBlank())
                .forEach(options::add);
        payara = PayaraMicroProcess.builder(Path.of(System.getProperty("vhk.war", "target/vhk-gateway.war")))
                .port(PayaraMicroProcess.freePort())
                .rootDir(WORK.resolve("payara"))
                .logFile(WORK.resolve("payara.log"))
                .maxHeap("512m")
                .jvmOptions(options)
                .environment("VHK_CONFIG_FILE", Path.of("config", "demo.properties").toAbsolutePath().toString())
                .environment("VHK_IMAP_PORT", Integer.toString(mail.imapPort()))
                .environment("VHK_SMTP_PORT", Integer.toString(mail.smtpPort()))
                .environment("VHK_DB_URL", database.url())
                .environment("VHK_DB_USER", database.user())
                .environment("VHK_DB_PASSWORD", database.password())
                .build()
                .start();
        System.out.println("Payara Micro starting with " + options + " (log " + payara.logFile() + ")");
        payara.awaitDeployed(Duration.ofSeconds(Long.getLong("vhk.bench.start-timeout-seconds", 900)), System.out::println);
        POLLING.await("the intake INBOX to be watched", Duration.ofSeconds(300), () -> payara.log().contains("Watching IMAP"));
        System.out.println("Stack up; Payara used " + payara.cpuTime().toMillis() + " ms CPU to start");
    }

    private void stopStack() {
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

    private void round(String label, int cards, int refusedPercentage, double rate) throws Exception {
        GreenMail greenMail = mail.greenMail();
        MailFolder voorzitter = inbox(greenMail, VOORZITTER);
        Arrivals toVoorzitter = new Arrivals(voorzitter);
        Map<String, Arrivals> toSenders = new HashMap<>();
        for (String sender : SENDERS) {
            toSenders.put(sender, new Arrivals(inbox(greenMail, sender)));
        }
        List<Card> batch = new ArrayList<>();
        byte[] clean = DemoCard.create();
        byte[] withPersonalData = DemoCard.createWithPersonalData();
        Session session = Session.getInstance(new Properties());
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < cards; i++) {
            boolean refused = (long) i * refusedPercentage / 100 != (long) (i + 1) * refusedPercentage / 100;
            String from = SENDERS.get(i % SENDERS.size());
            MimeMessage message = SendDemoCard.cardMessage(session, from, INTAKE, refused ? withPersonalData : clean,
                    "veiligheidskaart.docx");
            message.saveChanges();
            String messageId = "<bench." + run + "." + i + "@" + from.substring(from.indexOf('@') + 1) + ">";
            message.setHeader("Message-ID", messageId);
            batch.add(new Card(i, messageId, from, refused, message));
        }
        long expectedVoorzitter = batch.stream().filter(c -> !c.refused).count();
        long expectedRefusals = batch.size() - expectedVoorzitter;
        double loadBefore = loadAverage();
        Duration cpuBefore = payara.cpuTime();
        long gcLogOffset = Files.exists(gcLog) ? Files.size(gcLog) : 0;
        System.out.printf(Locale.ROOT, "%n%s: %d cards, %d refused (%d %%), offered %s, load average %.2f%n", label,
                cards, expectedRefusals, refusedPercentage, rate > 0 ? rate + " cards/s" : "as a burst", loadBefore);

        Map<String, Long> accepted = new ConcurrentHashMap<>();
        ExecutorService smtp = Executors.newFixedThreadPool(SENDERS.size());
        List<Future<?>> sending = new ArrayList<>();
        long start = System.nanoTime();
        for (String sender : SENDERS) {
            List<Card> own = batch.stream().filter(c -> c.from.equals(sender)).toList();
            sending.add(smtp.submit(() -> {
                send(sender, own, accepted, start, rate);
                return null;
            }));
        }
        for (Future<?> future : sending) {
            future.get();
        }
        smtp.shutdown();
        long sent = System.nanoTime();
        System.out.printf(Locale.ROOT, "Sent %d cards in %.2f s (%.1f cards/s accepted by SMTP)%n", cards,
                (sent - start) / 1e9, cards / ((sent - start) / 1e9));

        Duration timeout = Duration.ofSeconds(Math.max(120, cards));
        boolean complete = POLLING.until(timeout, () -> toVoorzitter.count() >= expectedVoorzitter
                && toSenders.values().stream().mapToLong(a -> refusals(a, batch)).sum() >= expectedRefusals);
        Duration cpu = payara.cpuTime().minus(cpuBefore);
        POLLING.until(Duration.ofSeconds(30), () -> folderSize(greenMail, INTAKE) == 0);
        Thread.sleep(2000); // late duplicates would show up here

        Map<Long, String> submissionMessageIds = submissionMessageIds();
        Map<String, List<Long>> arrivals = new HashMap<>();
        for (Arrivals.Arrival arrival : toVoorzitter.arrivals()) {
            String submission = header(arrival.message, "X-VHK-Submission");
            String original = submission == null ? null : submissionMessageIds.get(Long.valueOf(submission));
            if (original != null) {
                arrivals.computeIfAbsent(original, k -> new ArrayList<>()).add(arrival.nanos);
            }
        }
        for (Arrivals senderBox : toSenders.values()) {
            for (Arrivals.Arrival arrival : senderBox.arrivals()) {
                String inReplyTo = header(arrival.message, "In-Reply-To");
                String subject = header(arrival.message, "Subject");
                if (inReplyTo != null && subject != null && subject.startsWith("Niet doorgestuurd")) {
                    arrivals.computeIfAbsent(inReplyTo.trim(), k -> new ArrayList<>()).add(arrival.nanos);
                }
            }
        }
        List<Double> latencies = new ArrayList<>();
        int missing = 0;
        int duplicates = 0;
        long last = start;
        long first = Long.MAX_VALUE;
        for (Card card : batch) {
            List<Long> seen = arrivals.getOrDefault(card.messageId, List.of());
            Long acceptedAt = accepted.get(card.messageId);
            first = Math.min(first, acceptedAt);
            if (seen.isEmpty()) {
                missing++;
                continue;
            }
            duplicates += seen.size() - 1;
            long arrived = seen.stream().mapToLong(Long::longValue).min().orElseThrow();
            last = Math.max(last, arrived);
            latencies.add((arrived - acceptedAt) / 1e6);
        }
        latencies.sort(null);
        double seconds = (last - first) / 1e9;
        int delivered = latencies.size();
        System.out.println(complete ? "All cards arrived." : "NOT all cards arrived within " + timeout.toSeconds() + " s.");
        System.out.printf(Locale.ROOT, "Throughput: %d cards in %.2f s from the first SMTP acceptance to the last arrival = %.1f cards/s%n",
                delivered, seconds, delivered / seconds);
        if (!latencies.isEmpty()) {
            System.out.printf(Locale.ROOT, "Latency SMTP accept -> recipient's mailbox: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                    percentile(latencies, 50), percentile(latencies, 95), latencies.get(latencies.size() - 1));
        }
        System.out.printf(Locale.ROOT, "Payara CPU time: %.1f s in total, %.1f ms per card%n", cpu.toMillis() / 1e3,
                (double) cpu.toMillis() / cards);
        System.out.printf(Locale.ROOT, "Payara heap: peak used %d MB (max of the GC log's before-collection figures in this round; heap limit %s)%n",
                peakHeapMb(gcLogOffset), "512 MB");
        System.out.printf(Locale.ROOT, "Exactly once: %d missing, %d duplicates; %d messages left in the intake INBOX%n",
                missing, duplicates, folderSize(greenMail, INTAKE));
        System.out.printf(Locale.ROOT, "Load average after the round: %.2f%n", loadAverage());
        toVoorzitter.close();
        toSenders.values().forEach(Arrivals::close);
    }

    /**
     * Sends one sender's cards over one SMTP connection: as fast as the server takes them ({@code rate} 0), or each
     * card at its slot of the steady rate ({@code start} + index / rate; the index runs over all senders' cards).
     */
    private void send(String sender, List<Card> own, Map<String, Long> accepted, long start, double rate)
            throws MessagingException {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", mail.host());
        properties.setProperty("mail.smtp.port", Integer.toString(mail.smtpPort()));
        properties.setProperty("mail.smtp.auth", "true");
        Session smtpSession = Session.getInstance(properties);
        try (Transport transport = smtpSession.getTransport("smtp")) {
            transport.connect(mail.host(), mail.smtpPort(), sender, "demo");
            for (Card card : own) {
                if (rate > 0) {
                    long due = start + (long) (card.index / rate * 1e9);
                    for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                        LockSupport.parkNanos(wait);
                    }
                }
                transport.sendMessage(card.message, new InternetAddress[] {new InternetAddress(INTAKE)});
                accepted.put(card.messageId, System.nanoTime());
            }
        }
    }

    private long refusals(Arrivals senderBox, List<Card> batch) {
        return senderBox.arrivals().stream().filter(a -> {
            String subject = header(a.message, "Subject");
            return subject != null && subject.startsWith("Niet doorgestuurd");
        }).count();
    }

    private Map<Long, String> submissionMessageIds() throws SQLException {
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

    private long peakHeapMb(long offset) throws IOException {
        if (!Files.exists(gcLog)) {
            return -1;
        }
        String text = Files.readString(gcLog);
        long peak = 0;
        Matcher matcher = GC_LINE.matcher(text.substring((int) Math.min(offset, text.length())));
        while (matcher.find()) {
            peak = Math.max(peak, Long.parseLong(matcher.group(1)));
        }
        return peak;
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (MessagingException e) {
            return null;
        }
    }

    private static MailFolder inbox(GreenMail greenMail, String user) {
        try {
            return greenMail.getManagers().getImapHostManager().getInbox(greenMail.getUserManager().getUser(user));
        } catch (Exception e) {
            throw new IllegalStateException("No inbox for " + user, e);
        }
    }

    private static int folderSize(GreenMail greenMail, String user) {
        return inbox(greenMail, user).getMessageCount();
    }

    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }



    private record Card(int index, String messageId, String from, boolean refused, MimeMessage message) {
    }

    /**
     * Records the moment each message is stored in one GreenMail folder (its "added" event, called by the mail
     * server while it stores the message), so arrival times do not depend on a polling interval.
     */
    private static final class Arrivals implements FolderListener, AutoCloseable {

        record Arrival(long nanos, MimeMessage message) {
        }

        private final MailFolder folder;
        private final int before;
        private final List<Long> times = new CopyOnWriteArrayList<>();

        Arrivals(MailFolder folder) {
            this.folder = folder;
            this.before = folder.getMessageCount();
            folder.addListener(this);
        }

        long count() {
            return times.size();
        }

        /** The messages added since construction, in order, with their arrival times. */
        List<Arrival> arrivals() {
            List<StoredMessage> messages = folder.getMessages();
            List<Arrival> result = new ArrayList<>();
            for (int i = 0; i < times.size() && before + i < messages.size(); i++) {
                result.add(new Arrival(times.get(i), messages.get(before + i).getMimeMessage()));
            }
            return result;
        }

        @Override
        public void added(int msn) {
            times.add(System.nanoTime());
        }

        @Override
        public void expunged(int msn) {
            // the voorzitter's and senders' inboxes are not expunged during a round
        }

        @Override
        public void flagsUpdated(int msn, Flags flags, Long uid) {
            // not relevant
        }

        @Override
        public void mailboxDeleted() {
            // not relevant
        }

        @Override
        public void close() {
            folder.removeListener(this);
        }
    }

    /** Reads a {@code java @argfile} style options file: one option per line, {@code #} starts a comment. */
    static final class JvmOptions {
        private JvmOptions() {
        }

        static List<String> read(Path file) {
            try {
                return Files.readAllLines(file).stream()
                        .map(line -> line.contains("#") ? line.substring(0, line.indexOf('#')) : line)
                        .map(String::trim).filter(line -> !line.isEmpty()).toList();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
    }
}
