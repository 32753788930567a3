package nl.vhkgateway.demo;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loopback cluster of issue 12 (deploy/cluster/README.md): 3 MariaDB Galera nodes
 * ({@code deploy/cluster/galera-loopback.sh}), GreenMail and 2 Payara Micro instances with the built WAR.
 *
 * <p>{@code -Dvhk.cluster.mode=run} starts it and keeps it running until Ctrl-C. {@code check} (the default) is the
 * release check: mails {@code vhk.cluster.cards} (300) cards while (a) the instance that leads the intake is killed with
 * SIGKILL (the takeover time is printed, at most 30 s) and (b) the Galera node the gateway uses is killed with SIGKILL
 * and later started again (it must rejoin, Synced, with the same rows as the others); then every card must have
 * reached the voorzitter exactly once and the intake INBOX must be empty. Then the split brain: the leader is paused
 * with SIGSTOP past its lease while cards arrive, the other instance takes over, the paused one is continued with
 * SIGCONT: still exactly once, and the paused one's writes were refused by the fencing check. Exits 1 when a check
 * failed. A program, not a test in {@code mvn verify} (it takes several minutes).
 */
public final class ClusterReleaseCheck {

    private static final Polling POLLING = new Polling(Duration.ofMillis(250));

    private static final String INTAKE = "veiligheidsteam@gateway.test";
    private static final String VOORZITTER = "voorzitter@vht.test";
    private static final List<String> SENDERS = List.of("deelnemer@roosendaal.test", "deelnemer@veiligthuis.test",
            "deelnemer@jbb.test");
    private static final Path WORK = Path.of("target", "cluster");
    private static final String GALERA = "deploy/cluster/galera-loopback.sh";
    private static final List<Integer> DB_PORTS = List.of(4401, 4402, 4403);
    private static final String DATABASE = "vhk_cluster";
    private static final int LEASE_SECONDS = Integer.getInteger("vhk.cluster.lease-seconds", 15);
    private static final Pattern LEADS = Pattern.compile("\"leads\":\\{([^}]*)}");
    private static final Pattern NODE = Pattern.compile("\"databaseNode\":\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Boolean> results = new LinkedHashMap<>();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private GreenMailDemoServer mail;
    private final PayaraMicroProcess[] gateways = new PayaraMicroProcess[2];
    private final String[] instanceIds = {"gw1", "gw2"};
    private int restarts;

    public static void main(String[] args) throws Exception {
        ClusterReleaseCheck check = new ClusterReleaseCheck();
        boolean ok;
        try {
            check.startCluster();
            if ("run".equals(System.getProperty("vhk.cluster.mode", "check"))) {
                check.banner();
                Thread.currentThread().join();
            }
            check.failoverRound(Integer.getInteger("vhk.cluster.cards", 300));
            check.splitBrainRound(Integer.getInteger("vhk.cluster.split-cards", 60));
        } catch (Exception | AssertionError e) {
            check.results.put("completed without an unexpected error (" + e + ")", false);
        } finally {
            ok = check.report();
            check.stop();
        }
        System.exit(ok ? 0 : 1);
    }

    // ---------------------------------------------------------------- cluster

    private void startCluster() throws Exception {
        Files.createDirectories(WORK);
        say("Galera: starting 3 nodes on 127.0.0.1:" + DB_PORTS);
        shell(GALERA, "start");
        try (Connection c = root(DB_PORTS.get(0)); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            for (String host : new String[] {"127.0.0.1", "localhost"}) {
                s.execute("CREATE USER IF NOT EXISTS 'vhk_cluster'@'" + host + "' IDENTIFIED BY 'cluster'");
                s.execute("GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO 'vhk_cluster'@'" + host + "'");
            }
        }
        mail = new GreenMailDemoServer(DemoAccounts.load(DemoAccounts.DEFAULT_FILE), 0, 0).start();
        say("GreenMail: SMTP " + mail.smtpPort() + ", IMAP " + mail.imapPort());
        // one after the other: the first migrates the schema (Flyway's lock is per Galera node)
        for (int i = 0; i < 2; i++) {
            gateways[i] = startGateway(i, instanceIds[i]);
        }
        for (int i = 0; i < 2; i++) {
            say(instanceIds[i] + " health: " + health(gateways[i]).orElse("-"));
        }
    }

    private PayaraMicroProcess startGateway(int slot, String id) {
        PayaraMicroProcess payara = PayaraMicroProcess.builder(Path.of(System.getProperty("vhk.war", "target/vhk-gateway.war")))
                .port(PayaraMicroProcess.freePort())
                .rootDir(WORK.resolve("payara-" + slot))
                .logFile(WORK.resolve(id + ".log"))
                .maxHeap("384m")
                .environment("VHK_CONFIG_FILE", Path.of("config", "demo.properties").toAbsolutePath().toString())
                .environment("VHK_IMAP_PORT", Integer.toString(mail.imapPort()))
                .environment("VHK_SMTP_PORT", Integer.toString(mail.smtpPort()))
                .environment("VHK_DB_URL", jdbcUrl())
                .environment("VHK_DB_USER", "vhk_cluster")
                .environment("VHK_DB_PASSWORD", "cluster")
                .environment("VHK_CLUSTER_INSTANCE_ID", id)
                // one audit key for every instance: they seal one chain (the demo's throwaway key is per instance)
                .environment("VHK_AUDIT_KEY", SHARED_AUDIT_KEY)
                .environment("VHK_CLUSTER_LEASE_SECONDS", Integer.toString(LEASE_SECONDS))
                .environment("VHK_CONSOLE_PUBLIC_URL", "")
                .build()
                .start();
        say(id + ": Payara Micro starting on port " + payara.port() + " (log " + payara.logFile() + ")");
        try {
            payara.awaitDeployed(Duration.ofSeconds(600), line -> say(id + ": " + line));
        } catch (RuntimeException e) {
            payara.close();
            throw e;
        }
        say(id + ": deployed");
        return payara;
    }

    private static String jdbcUrl() {
        StringBuilder hosts = new StringBuilder();
        for (int port : DB_PORTS) {
            hosts.append(hosts.length() == 0 ? "" : ",").append("127.0.0.1:").append(port);
        }
        return "jdbc:mariadb:sequential://" + hosts + "/" + DATABASE + "?connectTimeout=3000&socketTimeout=60000";
    }

    private void banner() {
        System.out.println();
        System.out.println("Loopback cluster running (Ctrl-C stops it):");
        for (int i = 0; i < 2; i++) {
            System.out.println("  " + instanceIds[i] + ": " + gateways[i].baseUri() + "  health " + gateways[i].healthUri());
        }
        System.out.println("  Galera: " + jdbcUrl() + "  (deploy/cluster/galera-loopback.sh status)");
        System.out.println("  GreenMail: SMTP 127.0.0.1:" + mail.smtpPort() + ", IMAP 127.0.0.1:" + mail.imapPort());
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    private void stop() {
        for (PayaraMicroProcess gateway : gateways) {
            if (gateway != null) {
                gateway.close();
            }
        }
        if (mail != null) {
            mail.close();
        }
        if (!Boolean.getBoolean("vhk.cluster.keep-galera")) {
            try {
                shell(GALERA, "stop");
            } catch (Exception e) {
                System.err.println("Could not stop Galera: " + e.getMessage());
            }
        }
    }

    // ---------------------------------------------------------------- rounds

    private void failoverRound(int cards) throws Exception {
        say("Round 1: " + cards + " cards; SIGKILL of the intake leader, then of the Galera node in use");
        int leader = awaitLeader(Duration.ofSeconds(60));
        int before = voorzitterCount();
        List<String> ids = new ArrayList<>();
        CompletableFuture<Void> sending = sendAsync(cards, "r1", ids);

        POLLING.await("a third of the cards at the voorzitter", Duration.ofSeconds(900),
                () -> voorzitterCount() - before >= cards / 3);
        String victim = instanceIds[leader];
        int other = 1 - leader;
        // the hard case: the leader dies while it has mail claimed (SENDING), possibly inside ADR 0001's SMTP window
        boolean claimSeen = awaitClaimedMail(Duration.ofSeconds(30));
        say("SIGKILL " + victim + " (pid " + gateways[leader].pid() + "), the intake leader, at "
                + (voorzitterCount() - before) + " delivered" + (claimSeen ? ", right after it claimed mail" : ""));
        long killed = System.nanoTime();
        gateways[leader].kill();
        say("claims left behind by " + victim + ": " + claimsOf(victim) + " outbox message(s) SENDING");
        boolean took = POLLING.until(Duration.ofSeconds(90), () -> leads(gateways[other], "intake"));
        double takeover = (System.nanoTime() - killed) / 1e9;
        say(String.format(Locale.ROOT, "TAKEOVER: %s leads the intake %.1f s after %s was killed", instanceIds[other],
                takeover, victim));
        results.put(String.format(Locale.ROOT, "takeover after SIGKILL of the leader <= 30 s (%.1f s)", takeover),
                took && takeover <= 30);

        String node = health(gateways[other]).flatMap(ClusterReleaseCheck::databaseNode).orElse("?");
        int nodeIndex = nodeIndex(node);
        // while the new leader is busy with the rest of the cards
        POLLING.await("half of the cards at the voorzitter", Duration.ofSeconds(900),
                () -> voorzitterCount() - before >= cards / 2);
        int atDbKill = voorzitterCount() - before;
        say("SIGKILL Galera node" + nodeIndex + " (" + node + "), the node " + instanceIds[other] + " uses, at "
                + atDbKill + " of " + cards + " delivered");
        long dbKilled = System.nanoTime();
        shell(GALERA, "kill", Integer.toString(nodeIndex));
        boolean moved = POLLING.until(Duration.ofSeconds(120), () -> health(gateways[other])
                .flatMap(ClusterReleaseCheck::databaseNode).filter(n -> !n.equals(node)).isPresent());
        say(String.format(Locale.ROOT, "DATABASE FAILOVER: %s uses %s %.1f s after the kill", instanceIds[other],
                health(gateways[other]).flatMap(ClusterReleaseCheck::databaseNode).orElse("?"),
                (System.nanoTime() - dbKilled) / 1e9));
        results.put("the gateway moved to another Galera node after SIGKILL of its node", moved);

        results.put("the Galera node was killed while cards were still on their way (" + atDbKill + " of " + cards
                + " delivered)", atDbKill < cards);
        sending.get(900, TimeUnit.SECONDS);
        boolean all = POLLING.until(Duration.ofSeconds(900), () -> delivered(ids).size() >= ids.size());
        // the killed instance comes back (as an operator or systemd would restart it) and stands by
        instanceIds[leader] = victim + "-restart" + (++restarts);
        gateways[leader] = startGateway(leader, instanceIds[leader]);
        say("Restarting Galera node" + nodeIndex);
        shell(GALERA, "start-node", Integer.toString(nodeIndex));
        results.put("the killed Galera node rejoined (Synced)", "Synced".equals(galeraState(DB_PORTS.get(nodeIndex - 1))));
        checkExactlyOnce("round 1", ids, all);
        POLLING.until(Duration.ofSeconds(60), () -> rowCounts().stream().distinct().count() == 1);
        List<Long> counts = rowCounts();
        say("submission rows per Galera node: " + counts);
        results.put("the rejoined node caught up (same submission rows on all 3 nodes: " + counts + ")",
                counts.size() == 3 && counts.stream().distinct().count() == 1);
    }

    private void splitBrainRound(int cards) throws Exception {
        say("Round 2 (split brain): " + cards + " cards; SIGSTOP of the intake leader past its lease, then SIGCONT");
        int leader = awaitLeader(Duration.ofSeconds(120));
        int other = 1 - leader;
        long pid = gateways[leader].pid();
        int before = voorzitterCount();
        List<String> ids = new ArrayList<>();
        CompletableFuture<Void> sending = sendAsync(cards, "r2", ids);
        POLLING.await("a sixth of the cards at the voorzitter", Duration.ofSeconds(600), () -> voorzitterCount() - before >= cards / 6);
        String logBefore = gateways[leader].log();
        say("SIGSTOP " + instanceIds[leader] + " (pid " + pid + ")");
        shell("kill", "-STOP", Long.toString(pid));
        long stopped = System.nanoTime();
        boolean took = POLLING.until(Duration.ofSeconds(90), () -> leads(gateways[other], "intake"));
        say(String.format(Locale.ROOT, "TAKEOVER: %s leads the intake %.1f s after the SIGSTOP", instanceIds[other],
                (System.nanoTime() - stopped) / 1e9));
        results.put("takeover while the leader is paused", took);
        TimeUnit.SECONDS.sleep(LEASE_SECONDS / 2 + 2); // the paused one stays paused well past its lease
        shell("kill", "-CONT", Long.toString(pid));
        say("SIGCONT " + instanceIds[leader]);
        sending.get(600, TimeUnit.SECONDS);
        boolean all = POLLING.until(Duration.ofSeconds(900), () -> delivered(ids).size() >= ids.size());
        checkExactlyOnce("round 2", ids, all);
        String after = gateways[leader].log().substring(Math.min(logBefore.length(), gateways[leader].log().length()));
        boolean fenced = after.contains("refused and rolled back") || after.contains("Lost the leadership");
        say("the paused instance after SIGCONT: "
                + (after.contains("refused and rolled back") ? "a write was refused by the fencing check; " : "")
                + (after.contains("Lost the leadership") ? "it learned it lost the leadership" : ""));
        results.put("the paused instance stood down (lost leadership / writes refused) after SIGCONT", fenced);
        results.put("the paused instance does not lead the intake any more", !leads(gateways[leader], "intake"));
    }

    private void checkExactlyOnce(String round, List<String> ids, boolean complete) throws Exception {
        Map<String, Integer> seen = delivered(ids);
        long missing = ids.stream().filter(id -> !seen.containsKey(id)).count();
        long duplicates = seen.values().stream().mapToLong(n -> n - 1L).sum();
        boolean empty = POLLING.until(Duration.ofSeconds(120), () -> inbox(INTAKE).getMessageCount() == 0);
        say(String.format(Locale.ROOT, "%s: %d cards, %d at the voorzitter, %d missing, %d duplicates, %d left in the intake INBOX",
                round, ids.size(), seen.size(), missing, duplicates, inbox(INTAKE).getMessageCount()));
        results.put(round + ": every card reached the voorzitter exactly once (" + missing + " missing, " + duplicates
                + " duplicates)", complete && missing == 0 && duplicates == 0);
        results.put(round + ": the intake INBOX is empty", empty);
        // a message left claimed (SENDING) would be sent again once its sending lease has passed: a late duplicate
        boolean settled = POLLING.until(Duration.ofSeconds(120), () -> unsentMessages() == 0);
        results.put(round + ": no outbox message left unsent or claimed (" + unsentMessages() + ")", settled);
        say(round + ": outbox messages in doubt so far (taken over from a claim without outcome), by decision: "
                + inDoubtDecisions() + "; mails at the senders (receipts, not probed) with a Message-ID seen twice: "
                + senderDuplicates());
    }

    /** Mails in the senders' inboxes whose Message-ID another mail there has too (informational). */
    private long senderDuplicates() {
        long duplicates = 0;
        for (String sender : SENDERS) {
            Map<String, Integer> perId = new HashMap<>();
            for (StoredMessage stored : messagesOf(sender)) {
                try {
                    String id = stored.getMimeMessage().getMessageID();
                    if (id != null) {
                        perId.merge(id, 1, Integer::sum);
                    }
                } catch (MessagingException e) {
                    // unreadable: not counted
                }
            }
            duplicates += perId.values().stream().mapToLong(n -> n - 1L).sum();
        }
        return duplicates;
    }

    /** The in-doubt decisions in the audit log (ADR 0001, addendum): DELIVERY_CONFIRMED, NOT_DELIVERED_RESENT, RESENT_IN_DOUBT. */
    private Map<String, Long> inDoubtDecisions() {
        Map<String, Long> decisions = new java.util.TreeMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "vhk_cluster", "cluster");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT outcome, COUNT(*) FROM audit_event WHERE action = 'OUTBOX_IN_DOUBT'"
                     + " GROUP BY outcome")) {
            while (rs.next()) {
                decisions.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            decisions.put("unreadable: " + e.getClass().getSimpleName(), -1L);
        }
        return decisions;
    }

    /** Polls until an outbox message is claimed (SENDING) or the timeout passes; true when one was seen. */
    private boolean awaitClaimedMail(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "vhk_cluster", "cluster");
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM outbox_message WHERE state = 'SENDING'")) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next() && rs.getLong(1) > 0) {
                        return true;
                    }
                }
            }
        } catch (SQLException e) {
            say("could not watch the outbox claims: " + e.getMessage());
        }
        return false;
    }

    /** Outbox messages still claimed (SENDING) by a process of {@code instance} (V23: claimed_by = instance/suffix). */
    private long claimsOf(String instance) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "vhk_cluster", "cluster");
             PreparedStatement s = c.prepareStatement(
                     "SELECT COUNT(*) FROM outbox_message WHERE state = 'SENDING' AND claimed_by LIKE ?")) {
            s.setString(1, instance + "/%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            return -1;
        }
    }

    private long unsentMessages() {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "vhk_cluster", "cluster");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM outbox_message WHERE state IN ('SENDING', 'PENDING')")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    // ---------------------------------------------------------------- mail

    private CompletableFuture<Void> sendAsync(int cards, String label, List<String> ids) throws Exception {
        byte[] docx = DemoCard.create();
        Session session = Session.getInstance(new Properties());
        List<MimeMessage> messages = new ArrayList<>();
        for (int i = 0; i < cards; i++) {
            String from = SENDERS.get(i % SENDERS.size());
            MimeMessage message = SendDemoCard.cardMessage(session, from, INTAKE, docx, "veiligheidskaart.docx");
            message.saveChanges();
            String id = "<cluster." + run + "." + label + "." + i + "@" + from.substring(from.indexOf('@') + 1) + ">";
            message.setHeader("Message-ID", id);
            ids.add(id);
            messages.add(message);
        }
        return CompletableFuture.runAsync(() -> {
            for (int i = 0; i < messages.size(); i++) {
                send(SENDERS.get(i % SENDERS.size()), messages.get(i));
                if (i % 10 == 9) {
                    sleepQuietly(Duration.ofMillis(300)); // a steady stream rather than one burst: kills land mid-flow
                }
            }
        });
    }

    private void send(String from, MimeMessage message) {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", mail.host());
        properties.setProperty("mail.smtp.port", Integer.toString(mail.smtpPort()));
        properties.setProperty("mail.smtp.auth", "true");
        try (Transport transport = Session.getInstance(properties).getTransport("smtp")) {
            transport.connect(mail.host(), mail.smtpPort(), from, "demo");
            transport.sendMessage(message, new InternetAddress[] {new InternetAddress(INTAKE)});
        } catch (MessagingException e) {
            throw new IllegalStateException("SMTP send failed", e);
        }
    }

    private int voorzitterCount() {
        return inbox(VOORZITTER).getMessageCount();
    }

    /** Per original Message-ID of {@code ids}: how many mails the voorzitter got for it. */
    private Map<String, Integer> delivered(List<String> ids) {
        Map<Long, String> originals = submissionMessageIds();
        Map<String, Integer> seen = new HashMap<>();
        for (StoredMessage stored : voorzitterMessages()) {
            try {
                String submission = stored.getMimeMessage().getHeader("X-VHK-Submission", null);
                String original = submission == null ? null : originals.get(Long.valueOf(submission.trim()));
                if (original != null && ids.contains(original)) {
                    seen.merge(original, 1, Integer::sum);
                }
            } catch (MessagingException | NumberFormatException e) {
                // not one of ours
            }
        }
        return seen;
    }

    /** A snapshot of the voorzitter's inbox (GreenMail's list changes while mail arrives). */
    private List<StoredMessage> voorzitterMessages() {
        return messagesOf(VOORZITTER);
    }

    private List<StoredMessage> messagesOf(String user) {
        for (int attempt = 0; ; attempt++) {
            try {
                return new ArrayList<>(inbox(user).getMessages());
            } catch (java.util.ConcurrentModificationException e) {
                if (attempt > 100) {
                    throw e;
                }
                sleepQuietly(Duration.ofMillis(50));
            }
        }
    }

    private MailFolder inbox(String user) {
        GreenMail greenMail = mail.greenMail();
        try {
            return greenMail.getManagers().getImapHostManager().getInbox(greenMail.getUserManager().getUser(user));
        } catch (Exception e) {
            throw new IllegalStateException("No inbox for " + user, e);
        }
    }

    // ---------------------------------------------------------------- database

    private Map<Long, String> submissionMessageIds() {
        Map<Long, String> ids = new HashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "vhk_cluster", "cluster");
             PreparedStatement s = c.prepareStatement("SELECT id, message_id FROM submission");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                ids.put(rs.getLong(1), rs.getString(2));
            }
        } catch (SQLException e) {
            say("(reading submissions failed: " + e.getMessage() + ")");
        }
        return ids;
    }

    private List<Long> rowCounts() {
        List<Long> counts = new ArrayList<>();
        for (int port : DB_PORTS) {
            try (Connection c = root(port); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + DATABASE + ".submission")) {
                rs.next();
                counts.add(rs.getLong(1));
            } catch (SQLException e) {
                counts.add(-1L);
            }
        }
        return counts;
    }

    private static String galeraState(int port) {
        try (Connection c = root(port); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW STATUS LIKE 'wsrep_local_state_comment'")) {
            return rs.next() ? rs.getString(2) : "?";
        } catch (SQLException e) {
            return "down";
        }
    }

    private static Connection root(int port) throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/mysql?connectTimeout=3000", "root", "");
    }

    private static int nodeIndex(String node) {
        Matcher m = Pattern.compile(":(\\d+)$").matcher(node);
        int port = m.find() ? Integer.parseInt(m.group(1)) : DB_PORTS.get(0);
        int index = DB_PORTS.indexOf(port);
        return index < 0 ? 1 : index + 1;
    }

    // ---------------------------------------------------------------- health

    private static final String SHARED_AUDIT_KEY = java.util.Base64.getEncoder()
            .encodeToString(new java.security.SecureRandom().generateSeed(32));

    private static final String DEMO_BEHEERDER_BASIC = "Basic " + java.util.Base64.getEncoder()
            .encodeToString("beheerder:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    private Optional<String> health(PayaraMicroProcess gateway) {
        if (gateway == null || !gateway.isAlive()) {
            return Optional.empty();
        }
        try {
            // the cluster part of the health answer is for logged-in callers only (the demo's beheerder, config/demo.properties)
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(gateway.healthUri())
                    .header("Authorization", DEMO_BEHEERDER_BASIC)
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return Optional.of(response.body());
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private boolean leads(PayaraMicroProcess gateway, String role) {
        return health(gateway).map(body -> {
            Matcher m = LEADS.matcher(body);
            return m.find() && m.group(1).contains("\"" + role + "\":true");
        }).orElse(false);
    }

    private static Optional<String> databaseNode(String body) {
        Matcher m = NODE.matcher(body);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private int awaitLeader(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < 2; i++) {
                if (leads(gateways[i], "intake")) {
                    say(instanceIds[i] + " leads the intake");
                    return i;
                }
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IllegalStateException("no instance leads the intake");
    }

    // ---------------------------------------------------------------- helpers

    private boolean report() {
        System.out.println();
        System.out.println("Release check (issue 12), loopback cluster:");
        boolean ok = !results.isEmpty();
        for (Map.Entry<String, Boolean> result : results.entrySet()) {
            System.out.println("  " + (result.getValue() ? "PASS " : "FAIL ") + result.getKey());
            ok &= result.getValue();
        }
        System.out.println(ok ? "RESULT: PASS" : "RESULT: FAIL");
        return ok;
    }

    private static void shell(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(600, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        output.lines().forEach(line -> say("  " + line));
    }



    private static void sleepQuietly(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void say(String line) {
        System.out.println(String.format(Locale.ROOT, "[%tT] ", System.currentTimeMillis()) + line);
    }
}
