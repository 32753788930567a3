package nl.vhkgateway.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.vhkgateway.demo.DemoAccounts;
import nl.vhkgateway.demo.DemoDatabase;
import nl.vhkgateway.demo.GreenMailDemoServer;
import nl.vhkgateway.demo.MariaDbProvider;
import nl.vhkgateway.demo.PayaraMicroProcess;
import nl.vhkgateway.demo.RunningMariaDb;
import nl.vhkgateway.demo.TmpDir;

/**
 * Benchmark of the web console (a main, not a test): starts the built WAR on Payara Micro with GreenMail and MariaDB
 * (as the end-to-end tests do), fills the database with 10,000 submissions (with their intake rows, all of the
 * Roosendaal organisation, so one deelnemer's list draws from all of them) and 10,000 consents, then requests each
 * console page 200 times as the logged-in user and prints p50/p95/max of the response time. The time is measured
 * around the HTTP request on the loopback interface, so it is an upper bound of the server time.
 * <p>
 * Run: {@code mvn -o -q -DskipTests package && mvn -o -q -Pconsole-benchmark} (see the pom), or from an IDE with
 * the test classpath after {@code mvn package}. Options: {@code -Dvhk.test.db.url=jdbc:mariadb://127.0.0.1:3306/}.
 */
public final class ConsoleBenchmark {

    private static final int SUBMISSIONS = 10_000;
    private static final int CONSENTS = 10_000;
    private static final int REQUESTS = 200;
    private static final int WARM_UP = 30;
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private ConsoleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TmpDir.ensureExists();
        String database = "vhk_bench_console";
        DemoAccounts accounts = DemoAccounts.load(DemoAccounts.DEFAULT_FILE);
        try (GreenMailDemoServer mail = new GreenMailDemoServer(accounts, 0, 0).start();
             RunningMariaDb db = MariaDbProvider.startOrConnect(Path.of("target", "it-mariadb"))) {
            db.recreateDatabase(database);
            DemoDatabase prepared = DemoDatabase.prepare(db, database, "vhk_bench",
                    HexFormat.of().formatHex(new SecureRandom().generateSeed(12)));
            PayaraMicroProcess payara = PayaraMicroProcess.builder(Path.of(System.getProperty("vhk.war",
                            "target/vhk-gateway.war")))
                    .port(PayaraMicroProcess.freePort())
                    .rootDir(Path.of("target", "bench", "payara"))
                    .logFile(Path.of("target", "bench", "payara.log"))
                    .maxHeap("384m")
                    .environment("VHK_CONFIG_FILE", Path.of("config", "demo.properties").toAbsolutePath().toString())
                    .environment("VHK_REGISTER_SEED_FILE",
                            Path.of("config", "demo-register.json").toAbsolutePath().toString())
                    .environment("VHK_IMAP_PORT", Integer.toString(mail.imapPort()))
                    .environment("VHK_SMTP_PORT", Integer.toString(mail.smtpPort()))
                    .environment("VHK_DB_URL", prepared.url())
                    .environment("VHK_DB_USER", prepared.user())
                    .environment("VHK_DB_PASSWORD", prepared.password())
                    .build().start();
            try {
                payara.awaitDeployed(Duration.ofMinutes(4), System.out::println);
                fill(db, database);
                run(payara.baseUri());
            } finally {
                payara.close();
            }
        }
    }

    private static void fill(RunningMariaDb db, String database) throws Exception {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(database), db.user(), db.password())) {
            c.setAutoCommit(false);
            long organisation;
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM organisation WHERE name = 'Toegang gemeente Roosendaal'")) {
                rs.next();
                organisation = rs.getLong(1);
            }
            LocalDateTime now = LocalDateTime.now().withNano(0);
            try (PreparedStatement submission = c.prepareStatement("INSERT INTO submission (channel, message_id,"
                    + " message_id_synthetic, message_id_digest, content_sha256, sender, received_at, size_bytes, state,"
                    + " attempts, next_attempt_at, created_at, updated_at) VALUES ('INTAKE', ?, FALSE, ?, ?,"
                    + " 'deelnemer@roosendaal.test', ?, 20000, ?, 0, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement intake = c.prepareStatement("INSERT INTO submission_intake (submission_id,"
                         + " submission_year, submission_sequence, route, organisation_id, sender_verdict,"
                         + " screening_verdict, reason_codes, finding_count, missing_count, earliest_meeting, screened_at,"
                         + " created_at, updated_at) VALUES (?, 2025, ?, 'VHT', ?, 'ACCEPTED', ?, ?, ?, 0, ?, ?, ?, ?)")) {
                for (int i = 1; i <= SUBMISSIONS; i++) {
                    boolean refused = i % 5 == 0;
                    LocalDateTime at = now.minusMinutes(SUBMISSIONS - i);
                    submission.setString(1, "<bench-" + i + "@roosendaal.test>");
                    submission.setString(2, sha("m" + i));
                    submission.setString(3, sha("c" + i));
                    submission.setObject(4, at);
                    submission.setString(5, i % 97 == 0 ? "ERROR" : "DELIVERED");
                    submission.setObject(6, at);
                    submission.setObject(7, at);
                    submission.setObject(8, at);
                    submission.executeUpdate();
                    long id;
                    try (ResultSet keys = submission.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                    intake.setLong(1, id);
                    intake.setInt(2, i);
                    intake.setLong(3, organisation);
                    intake.setString(4, refused ? "REJECT" : "ACCEPT");
                    intake.setString(5, refused ? "CARD_REFUSED,PERSON_NAME" : "CARD_ACCEPTED");
                    intake.setInt(6, refused ? 2 : 0);
                    intake.setObject(7, LocalDate.now().plusDays(7 + (i % 60)));
                    intake.setObject(8, at);
                    intake.setObject(9, at);
                    intake.setObject(10, at);
                    intake.addBatch();
                    if (i % 500 == 0) {
                        intake.executeBatch();
                        c.commit();
                    }
                }
            }
            try (PreparedStatement consent = c.prepareStatement("INSERT INTO consent_record (case_reference,"
                    + " youth_age_group, sender_organisation_id, sender_organisation_type, recipient_organisation_type,"
                    + " purpose, how_given, given_at, valid_from, valid_until, recorded_by, recorded_at)"
                    + " VALUES (?, '12-15', ?, 'TOEGANG', 'VEILIG_THUIS', 'OVERDRACHT', 'mondeling', ?, ?, ?,"
                    + " 'deelnemer@roosendaal.test', ?)")) {
                for (int i = 1; i <= CONSENTS; i++) {
                    LocalDateTime at = now.minusMinutes(CONSENTS - i);
                    consent.setString(1, String.format(Locale.ROOT, "VHT-2025-%04d", i));
                    consent.setLong(2, organisation);
                    consent.setObject(3, at);
                    consent.setObject(4, at);
                    consent.setObject(5, at.plusDays(30));
                    consent.setObject(6, at);
                    consent.addBatch();
                    if (i % 500 == 0) {
                        consent.executeBatch();
                    }
                }
            }
            c.commit();
        }
        System.out.printf(Locale.ROOT, "Filled %,d submissions and %,d consents in %.1f s%n", SUBMISSIONS, CONSENTS,
                (System.nanoTime() - start) / 1e9);
    }

    private static void run(URI base) throws Exception {
        Map<String, List<String>> pagesByLogin = new LinkedHashMap<>();
        pagesByLogin.put("deelnemer@roosendaal.test", List.of("/console/deelnemer/inzendingen",
                "/console/deelnemer/inzendingen?zoek=VHT-2025-5000", "/console/deelnemer/toestemming",
                "/console/deelnemer/overdrachten", "/console/deelnemer/kaart-controleren"));
        pagesByLogin.put("voorzitter", List.of("/console/voorzitter/kaarten", "/console/voorzitter/kaarten?zoek=VHT-2025-0042",
                "/console/voorzitter/quarantaine", "/console/voorzitter/inzending/5000"));
        pagesByLogin.put("beheerder", List.of("/console/beheer/fouten", "/console/beheer/organisaties",
                "/console/beheer/deelnemers", "/console/beheer/audit", "/console/beheer/gezondheid"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        System.out.println();
        System.out.printf(Locale.ROOT, "%-55s %8s %8s %8s %8s%n", "page (" + REQUESTS + " requests each)", "p50 ms",
                "p95 ms", "max ms", "status");
        double worstP95 = 0;
        for (Map.Entry<String, List<String>> entry : pagesByLogin.entrySet()) {
            String cookie = login(http, base, entry.getKey());
            for (String page : entry.getValue()) {
                long[] times = new long[REQUESTS];
                int status = 0;
                for (int i = -WARM_UP; i < REQUESTS; i++) {
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve(page.substring(1)))
                            .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                    long elapsed = System.nanoTime() - t0;
                    status = response.statusCode();
                    if (i >= 0) {
                        times[i] = elapsed;
                    }
                }
                Arrays.sort(times);
                double p95 = times[(int) Math.ceil(REQUESTS * 0.95) - 1] / 1e6;
                worstP95 = Math.max(worstP95, p95);
                System.out.printf(Locale.ROOT, "%-55s %8.1f %8.1f %8.1f %8d%n", page, times[REQUESTS / 2] / 1e6, p95,
                        times[REQUESTS - 1] / 1e6, status);
            }
        }
        System.out.printf(Locale.ROOT, "%nWorst p95: %.1f ms (target < 200 ms) with %,d submissions and %,d consents%n",
                worstP95, SUBMISSIONS, CONSENTS);
    }

    /** Logs in through the form; returns the session cookie. */
    private static String login(HttpClient http, URI base, String user) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(base.resolve("console/inloggen")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(form);
        Matcher token = CSRF.matcher(form.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String body = "csrf=" + enc(token.group(1)) + "&gebruikersnaam=" + enc(user) + "&wachtwoord=demo";
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(base.resolve("console/inloggen"))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 303) {
            throw new IllegalStateException("login of " + user + " failed: HTTP " + login.statusCode());
        }
        List<String> renewed = new ArrayList<>(login.headers().allValues("Set-Cookie"));
        return renewed.isEmpty() ? cookie : renewed.get(0).split(";", 2)[0];
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .filter(c -> c.startsWith("JSESSIONID")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie"));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String sha(String text) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
