package nl.vhkgateway.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * The demo in one command ({@code mvn -Pdemo}): starts a local mail server (GreenMail, SMTP 127.0.0.1:3025, IMAP
 * 127.0.0.1:3143, the accounts of {@code config/demo-accounts.properties}), a MariaDB (the one at 127.0.0.1:3306 when
 * reachable, else an embedded one with its data in {@code run/data/mariadb}) and Payara Micro with the gateway on
 * http://127.0.0.1:8080, configured by {@code config/demo.properties}. Prints a banner when the health check is green;
 * Ctrl-C stops everything (Payara first, then mail and database).
 *
 * <p>Run from the project directory. Not thread-safe (a program).
 */
public final class DemoLauncher {

    private static final Path RUN = Path.of("run");
    private static final int HTTP_PORT = 8080;
    private static final String DATABASE = "vhk";
    private static final String DB_USER = "vhk";
    private static final String DB_PASSWORD = "demo";

    private final PrintStream out = System.out;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    private DemoLauncher() {
    }

    public static void main(String[] args) {
        new DemoLauncher().run(Path.of(System.getProperty("vhk.war", "target/vhk-gateway.war")));
    }

    private void run(Path war) {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "vhk-demo-shutdown"));
        long begin = System.nanoTime();
        try {
            out.println();
            out.println("vhk-gateway demo: starting (Ctrl-C stops everything)");
            requireFree(HTTP_PORT, "the gateway (HTTP)");
            requireFree(GreenMailDemoServer.DEMO_SMTP_PORT, "the demo mail server (SMTP)");
            requireFree(GreenMailDemoServer.DEMO_IMAP_PORT, "the demo mail server (IMAP)");

            out.println("[1/3] Mail server (GreenMail): SMTP 127.0.0.1:3025, IMAP 127.0.0.1:3143");
            DemoAccounts accounts = DemoAccounts.load(DemoAccounts.DEFAULT_FILE);
            GreenMailDemoServer mail = register(new GreenMailDemoServer(accounts,
                    GreenMailDemoServer.DEMO_SMTP_PORT, GreenMailDemoServer.DEMO_IMAP_PORT).start());

            out.println("[2/3] Database (MariaDB): 127.0.0.1:3306 when reachable, else embedded in "
                    + RUN.resolve("data").resolve("mariadb") + " (first start unpacks it: ~15 s)");
            RunningMariaDb server = register(MariaDbProvider.startOrConnect(RUN.resolve("data").resolve("mariadb")));
            DemoDatabase database = DemoDatabase.prepare(server, DATABASE, DB_USER, DB_PASSWORD);
            out.println("      " + (server.embedded() ? "embedded MariaDB, data kept in run/data/mariadb"
                    : "existing MariaDB server") + ": " + database.url());

            out.println("[3/3] Payara Micro with the gateway on http://127.0.0.1:" + HTTP_PORT
                    + " (log: run/logs/payara.log)");
            PayaraMicroProcess payara = register(PayaraMicroProcess.builder(war)
                    .port(HTTP_PORT)
                    .rootDir(RUN.resolve("payara"))
                    .logFile(RUN.resolve("logs").resolve("payara.log"))
                    .environment("VHK_CONFIG_FILE", Path.of("config", "demo.properties").toAbsolutePath().toString())
                    .environment("VHK_DB_URL", database.url())
                    .environment("VHK_DB_USER", database.user())
                    .environment("VHK_DB_PASSWORD", database.password())
                    .build()
                    .start());
            payara.awaitDeployed(Duration.ofMinutes(3), out::println);
            String health = awaitHealthy(payara.healthUri(), Duration.ofSeconds(60));
            printBanner(accounts, mail, server.embedded(), health, Duration.ofNanos(System.nanoTime() - begin));
            while (payara.isAlive()) {
                TimeUnit.SECONDS.sleep(1);
            }
            out.println("Payara Micro ended unexpectedly; see run/logs/payara.log");
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            System.err.println();
            System.err.println("vhk-gateway demo FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    private <T extends AutoCloseable> T register(T resource) {
        synchronized (started) {
            started.push(resource);
        }
        return resource;
    }

    private void stopAll() {
        synchronized (started) {
            if (started.isEmpty()) {
                return;
            }
            out.println();
            out.println("vhk-gateway demo: stopping ...");
            while (!started.isEmpty()) {
                AutoCloseable resource = started.pop();
                try {
                    resource.close();
                } catch (Exception e) {
                    System.err.println("  could not stop " + resource + ": " + e.getMessage());
                }
            }
            out.println("vhk-gateway demo: stopped");
        }
    }

    private String awaitHealthy(URI health, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(health)
                        .timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
                body = response.body();
                if (response.statusCode() == 200) {
                    return body;
                }
            } catch (IOException e) {
                body = e.toString();
            }
            TimeUnit.SECONDS.sleep(1);
        }
        throw new IllegalStateException("The gateway runs but is not healthy: " + body
                + " (see run/logs/payara.log)");
    }

    private void printBanner(DemoAccounts accounts, GreenMailDemoServer mail, boolean embeddedDb, String health,
                             Duration took) {
        String line = "=".repeat(78);
        out.println();
        out.println(line);
        out.printf("  vhk-gateway demo is READY (%d s)%n", took.toSeconds());
        out.println(line);
        out.println("  Web console   http://127.0.0.1:" + HTTP_PORT + "/console/   (one login form for all roles)");
        out.println("                  vaste deelnemer  deelnemer@roosendaal.test / demo   (also @veiligthuis, @jbb, @rvdk)");
        out.println("                  voorzitter       voorzitter / demo");
        out.println("                  beheerder        beheerder / demo");
        out.println("                Kaart controleren zonder inloggen: http://127.0.0.1:" + HTTP_PORT
                + "/console/openbaar/kaart-controleren");
        out.println("  Health        http://127.0.0.1:" + HTTP_PORT + "/api/health");
        out.println("                " + health);
        out.println("  REST API      http://127.0.0.1:" + HTTP_PORT + "/api/...   beheerder / demo (HTTP Basic)");
        out.println("  Mail server   SMTP " + mail.host() + ":" + mail.smtpPort() + "   IMAP " + mail.host() + ":"
                + mail.imapPort() + "   (no TLS, demo only)");
        out.println("  Accounts      password 'demo' for all, login = address:");
        for (String address : accounts.addresses()) {
            out.println("                  " + address);
        }
        out.println("  Database      " + (embeddedDb ? "embedded MariaDB, data in run/data/mariadb"
                : "MariaDB at 127.0.0.1:3306, database vhk"));
        out.println("  Logs          run/logs/payara.log");
        out.println("  WEAKER MODE   sender authentication is NOT required in the demo: a mail From a registered");
        out.println("                address is taken in even without an S/MIME or DKIM signature (the audit log");
        out.println("                records it as NONE_DEMO). Production refuses to start like this.");
        out.println();
        out.println("  Send a demo card:   mvn -q -Pdemo-send        (from deelnemer@roosendaal.test)");
        out.println("  It arrives in the IMAP inbox of voorzitter@vht.test within seconds.");
        out.println("  Stop:               Ctrl-C");
        out.println(line);
        out.flush();
    }

    private static void requireFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " (" + what + ") is in use. Is the demo already running? "
                    + "Stop it (Ctrl-C) or free the port.");
        }
    }


}
