package nl.vhkgateway.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Session;
import nl.vhkgateway.demo.DemoAccounts;
import nl.vhkgateway.demo.DemoDatabase;
import nl.vhkgateway.demo.GreenMailDemoServer;
import nl.vhkgateway.demo.ImapInbox;
import nl.vhkgateway.demo.PayaraMicroProcess;
import nl.vhkgateway.demo.RunningMariaDb;
import nl.vhkgateway.demo.TmpDir;
import nl.vhkgateway.testsupport.TestDatabase;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Properties;
import java.util.concurrent.Callable;

/**
 * The gateway on the customer's stack for end-to-end tests, started once for the whole test run: the built WAR on
 * a real Payara Micro (child process), GreenMail with the demo accounts on free ports, a real MariaDB (the one at
 * 127.0.0.1:3306, or an embedded one), configured by {@code config/demo.properties} plus environment overrides,
 * exactly as the run command does, with the demo register seeded. Test classes share it through
 * {@link Extension} ({@code @RegisterExtension static final RunningGateway.Extension GATEWAY = ...}); it is
 * stopped when the last test of the run is done (JUnit's root store). Tests must therefore not depend on a clean
 * state: each uses its own cases, messages and accounts' new mail.
 */
public final class RunningGateway implements ExtensionContext.Store.CloseableResource {

    /** Per process: helpers in other work trees may run the same tests on the same MariaDB server at once. */
    private static final String SHARED_DATABASE = "vhk_it_gateway_" + ProcessHandle.current().pid();
    private static final String SHARED_DB_USER = "vhk_e2e_" + ProcessHandle.current().pid();
    private static final Path SHARED_WORK = Path.of("target", "e2e");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final DemoAccounts accounts;
    private final RunningMariaDb dbServer;
    private final TcpProxy databaseLink;
    private final String databaseName;
    private final String dbUserName;
    private final java.util.function.Supplier<PayaraMicroProcess> payaraFactory;
    private volatile PayaraMicroProcess payara;
    private volatile GreenMailDemoServer mail;

    private RunningGateway() {
        this(SHARED_DATABASE, SHARED_DB_USER, SHARED_WORK, java.util.Map.of());
    }

    /**
     * A gateway of its own (own database, mail server, Payara and work directory under {@code target/e2e-<name>}),
     * for a test that changes its configuration or kills it; the caller closes it.
     *
     * @param environment extra environment of the Payara process (configuration overrides such as
     *                    {@code VHK_AGENDA_CLOCK_FILE})
     */
    public static RunningGateway own(String name, java.util.Map<String, String> environment) {
        long pid = ProcessHandle.current().pid();
        return new RunningGateway("vhk_it_gateway_" + name + "_" + pid, "vhk_e2e_" + name + "_" + pid,
                Path.of("target", "e2e-" + name), environment);
    }

    private RunningGateway(String databaseName, String dbUserName, Path work,
                           java.util.Map<String, String> environment) {
        this.databaseName = databaseName;
        this.dbUserName = dbUserName;
        TmpDir.ensureExists();
        accounts = DemoAccounts.load(DemoAccounts.DEFAULT_FILE);
        mail = new GreenMailDemoServer(accounts, 0, 0).start();
        dbServer = TestDatabase.server();
        dbServer.recreateDatabase(databaseName);
        String dbPassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        DemoDatabase database = DemoDatabase.prepare(dbServer, databaseName, dbUserName, dbPassword);
        // the gateway reaches the database through a link the health test can cut (the server stays up for others)
        java.util.regex.Matcher address = java.util.regex.Pattern.compile("jdbc:mariadb://([^/:]+):([0-9]+)/")
                .matcher(database.url());
        if (!address.find()) {
            throw new IllegalStateException("unexpected database URL " + database.url());
        }
        databaseLink = new TcpProxy(address.group(1), Integer.parseInt(address.group(2)),
                PayaraMicroProcess.freePort()).start();
        String gatewayDbUrl = database.url().substring(0, address.start(1)) + "127.0.0.1:" + databaseLink.port()
                + database.url().substring(address.end(2));
        int httpPort = PayaraMicroProcess.freePort();
        payaraFactory = () -> {
            PayaraMicroProcess.Builder builder = PayaraMicroProcess.builder(
                    Path.of(System.getProperty("vhk.war", "target/vhk-gateway.war")))
                .port(httpPort)
                .rootDir(work.resolve("payara"))
                .logFile(work.resolve("payara.log"))
                .maxHeap("384m")
                .environment("VHK_CONFIG_FILE", Path.of("config", "demo.properties").toAbsolutePath().toString())
                .environment("VHK_REGISTER_SEED_FILE",
                        Path.of("config", "demo-register.json").toAbsolutePath().toString())
                .environment("VHK_IMAP_PORT", Integer.toString(mail.imapPort()))
                .environment("VHK_SMTP_PORT", Integer.toString(mail.smtpPort()))
                .environment("VHK_DB_URL", gatewayDbUrl)
                .environment("VHK_DB_USER", database.user())
                .environment("VHK_DB_PASSWORD", database.password())
                .environment("VHK_HEALTH_CACHE_SECONDS", "0")
                .environment("VHK_HEALTH_TIMEOUT_SECONDS", "3")
                .environment("VHK_INTAKE_POLL_INTERVAL_SECONDS", "1")
                // every test calls from 127.0.0.1, and the fuzz test fails many logins on purpose: the per-address
                // throttle would lock out the other tests (LoginThrottleTest covers it); per account it stays as set
                .environment("VHK_LOGIN_ADDRESS_FREE_FAILURES", "100000")
                .environment("VHK_LOGIN_ADDRESS_LOCK_AFTER_FAILURES", "1000000");
            environment.forEach(builder::environment);
            return builder.build();
        };
        payara = payaraFactory.get().start();
        payara.awaitDeployed(Duration.ofMinutes(8), System.out::println); // minutes on a loaded shared machine
    }

    /** Kills Payara with SIGKILL (kill -9) and starts it again on the same port, database and mail server. */
    public void killAndRestartPayara() throws InterruptedException {
        payara.kill();
        payara = payaraFactory.get().start();
        payara.awaitDeployed(Duration.ofMinutes(8), System.out::println);
    }

    /** Gives a test class the shared gateway, starting it on first use. */
    public static final class Extension implements BeforeAllCallback {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningGateway.class);
        private volatile RunningGateway gateway;

        @Override
        public void beforeAll(ExtensionContext context) {
            gateway = context.getRoot().getStore(NAMESPACE)
                    .getOrComputeIfAbsent(RunningGateway.class, key -> new RunningGateway(), RunningGateway.class);
        }

        public RunningGateway gateway() {
            if (gateway == null) {
                throw new IllegalStateException("the gateway is started before the first test of the class");
            }
            return gateway;
        }
    }

    public DemoAccounts accounts() {
        return accounts;
    }

    /** The mail server as it runs now (a test may restart it). */
    public GreenMailDemoServer mail() {
        return mail;
    }

    public PayaraMicroProcess payara() {
        return payara;
    }

    /** Stops the mail server (the gateway sees its mail server go down). */
    public void stopMail() {
        mail.close();
    }

    /** Cuts the gateway's connection to the database (every open connection drops, new ones are refused). */
    public void stopDatabase() {
        databaseLink.stop();
    }

    /** Lets the gateway reach the database again. */
    public void startDatabase() {
        databaseLink.start();
    }

    /** Starts the mail server again on the same ports (empty mailboxes). */
    public void restartMail(int smtpPort, int imapPort) {
        mail = new GreenMailDemoServer(accounts, smtpPort, imapPort).start();
    }

    /** An SMTP session on the demo mail server that logs in (Transport.send(message, user, password)). */
    public Session smtpSession() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", mail.host());
        properties.setProperty("mail.smtp.port", Integer.toString(mail.smtpPort()));
        properties.setProperty("mail.smtp.auth", "true");
        return Session.getInstance(properties);
    }

    public ImapInbox inbox(String address) {
        return new ImapInbox(mail.host(), mail.imapPort(), address, accounts.password(address));
    }

    public HttpResponse<String> get(String path, String basicLogin) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(payara.baseUri() + path)).GET(), basicLogin);
    }

    public HttpResponse<String> post(String path, String basicLogin) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(payara.baseUri() + path))
                .POST(HttpRequest.BodyPublishers.noBody()), basicLogin);
    }

    public HttpResponse<String> delete(String path, String basicLogin) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(payara.baseUri() + path)).DELETE(), basicLogin);
    }

    public HttpResponse<String> postJson(String path, String basicLogin, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(payara.baseUri() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), basicLogin);
    }

    /** Any method, with an optional body and content type (null for none). */
    public HttpResponse<String> request(String method, String path, String basicLogin, String contentType,
                                        String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(payara.baseUri() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request, basicLogin);
    }

    public HttpResponse<String> putJson(String path, String basicLogin, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(payara.baseUri() + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), basicLogin);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String basicLogin) throws Exception {
        request.timeout(Duration.ofSeconds(15));
        if (basicLogin != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(basicLogin.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** Polls {@code probe} until it gives a value (non-null) or the timeout passes; failures count as "not yet". */
    public <T> T awaitValue(Duration timeout, Callable<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = probe.call();
                if (value != null) {
                    return value;
                }
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Not within " + timeout.toSeconds() + " s" + (last == null ? "" : ": " + last)
                + "; Payara log: " + payara.logFile().toAbsolutePath());
    }

    @Override
    public void close() {
        payara.close();
        databaseLink.close();
        mail.close();
        dbServer.dropDatabase(databaseName);
        DemoDatabase.dropUser(dbServer, dbUserName);
        // the server itself belongs to TestDatabase, which stops it when the JVM ends
    }
}
