package nl.vhkgateway.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Payara Micro running the gateway WAR as a child process ({@code java -jar payara-micro.jar --deploy ...}), with the
 * jar taken from the local Maven repository (the test-scoped {@code payara-micro} dependency puts it on this
 * classpath). Tuned to boot fast: no Hazelcast, C1 only, serial GC. Output goes to a log file.
 *
 * <p>{@link #awaitDeployed(Duration, Consumer)} waits until {@code /api/health} answers (200 or 503): the gateway is
 * deployed. It fails early with the log's error lines when the process dies or the deployment fails (e.g. invalid
 * configuration). {@link #close()} stops the process (SIGTERM, then forcibly) and waits for it.
 *
 * <p>Not thread-safe, except {@link #close()}, which may be called from a shutdown hook.
 */
public final class PayaraMicroProcess implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    /** Payara's logging without ANSI colours (used when present, i.e. when run from the project directory). */
    private static final Path LOGGING_PROPERTIES = Path.of("config", "payara-logging.properties");

    private final Path war;
    private final int port;
    private final Path rootDir;
    private final Path logFile;
    private final Map<String, String> environment;
    private final String maxHeap;
    private final String bindAddress;
    private final List<String> jvmOptions;
    private Process process;

    private PayaraMicroProcess(Builder builder) {
        this.war = builder.war;
        this.port = builder.port;
        this.rootDir = builder.rootDir;
        this.logFile = builder.logFile;
        this.environment = Map.copyOf(builder.environment);
        this.maxHeap = builder.maxHeap;
        this.jvmOptions = builder.jvmOptions;
        this.bindAddress = builder.bindAddress;
    }

    /** @param war the WAR (or exploded WAR directory) to deploy */
    public static Builder builder(Path war) {
        return new Builder(war);
    }

    /** Starts the process; returns at once (see {@link #awaitDeployed(Duration, Consumer)}). */
    public PayaraMicroProcess start() {
        if (!Files.exists(war)) {
            throw new IllegalStateException("The gateway WAR " + war.toAbsolutePath() + " does not exist: build it first "
                    + "(mvn package)");
        }
        try {
            clearRootDir();
            Files.createDirectories(rootDir);
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + maxHeap));
            command.addAll(jvmOptions);
            command.addAll(List.of(
                    "-Djava.io.tmpdir=" + Files.createDirectories(rootDir.resolve("tmp")).toAbsolutePath(),
                    // the gateway's log formatter must be loadable before Payara reads --logproperties; -jar keeps
                    // the Add-Opens of Payara's manifest (a -cp start would lose them)
                    "-Xbootclasspath/a:" + loggingJar().toAbsolutePath(),
                    "-jar", findPayaraMicroJar().toString(),
                    "--deploy", war.toAbsolutePath().toString(),
                    "--contextroot", "/",
                    "--port", Integer.toString(port),
                    "--nohazelcast",
                    "--disablephonehome",
                    "--rootdir", rootDir.toAbsolutePath().toString()));
            // Listen on one address only (the demo's login is public knowledge): an asadmin command before boot.
            Path preboot = rootDir.resolve("preboot.asadmin");
            // ... and never name the server or its version in a Server header (deploy/preboot.asadmin does the same).
            Files.writeString(preboot, "set configs.config.server-config.network-config.network-listeners"
                    + ".network-listener.http-listener.address=" + bindAddress + System.lineSeparator()
                    + "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
                    + ".server-header=false" + System.lineSeparator()
                    + "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
                    + ".xpowered-by=false" + System.lineSeparator());
            command.addAll(List.of("--prebootcommandfile", preboot.toAbsolutePath().toString()));
            if (Files.isRegularFile(LOGGING_PROPERTIES)) {
                command.addAll(List.of("--logproperties", LOGGING_PROPERTIES.toAbsolutePath().toString()));
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().putAll(environment);
            process = builder.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Payara Micro", e);
        }
    }

    /** {@code vhk-gateway-logging.jar} next to the WAR (built with it by {@code mvn package}). */
    private Path loggingJar() {
        Path jar = war.toAbsolutePath().resolveSibling("vhk-gateway-logging.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The log formatter jar " + jar + " does not exist: build it first "
                    + "(mvn package)");
        }
        return jar;
    }

    /**
     * Payara Micro keeps the applications of its last run in its root directory and deploys them again before the
     * {@code --deploy} one (deploying the gateway twice, with a window of HTTP 500s): every start gets a clean root.
     * Only a directory Payara made (it holds {@code config/domain.xml}) is removed.
     */
    private void clearRootDir() throws IOException {
        if (!Files.isDirectory(rootDir)) {
            return;
        }
        if (!Files.isRegularFile(rootDir.resolve("config").resolve("domain.xml"))) {
            try (var entries = Files.list(rootDir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalStateException(rootDir.toAbsolutePath() + " is not a Payara Micro root directory; "
                            + "choose another one");
                }
            }
            return;
        }
        try (var paths = Files.walk(rootDir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Waits until the gateway answers on {@code /api/health} (its JSON, with HTTP 200 or 503).
     *
     * @param timeout  how long to wait at most
     * @param progress receives a line now and then while waiting
     * @throws IllegalStateException when the process ends, the deployment fails or the timeout passes; the message
     *                               holds the error lines of the log
     */
    public void awaitDeployed(Duration timeout, Consumer<String> progress) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextProgress = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        long bootFinishedSince = -1;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro ended (exit " + process.exitValue() + ")" + errorLines());
            }
            Optional<HttpResponse<String>> response = health(client);
            Optional<Integer> status = response.map(HttpResponse::statusCode);
            if (response.isPresent() && isGatewayHealth(response.get())) {
                return;
            }
            if (status.isPresent() && bootFinished() && bootFinishedSince < 0) {
                bootFinishedSince = System.nanoTime();
            }
            // right after "ready" Payara may still answer 404 for a moment (seen under load): allow it 20 s
            if (status.isPresent() && bootFinishedSince >= 0
                    && System.nanoTime() - bootFinishedSince > TimeUnit.SECONDS.toNanos(20)) {
                throw new IllegalStateException("Payara Micro is up but the gateway was not deployed (HTTP "
                        + status.get() + " on /api/health)" + errorLines());
            }
            if (System.nanoTime() > nextProgress) {
                progress.accept("  ... Payara Micro is still starting (log: " + logFile + ")");
                nextProgress = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException("The gateway did not answer within " + timeout.toSeconds() + " s"
                + errorLines());
    }

    /**
     * @return whether the answer comes from the gateway's health resource (200, or 503 with its JSON), not from
     *         Payara itself (which also answers 503 while an application is still loading)
     */
    private static boolean isGatewayHealth(HttpResponse<String> response) {
        return (response.statusCode() == 200 || response.statusCode() == 503)
                && response.body().startsWith("{") && response.body().contains("\"intakeMailbox\"");
    }

    private Optional<HttpResponse<String>> health(HttpClient client) {
        try {
            HttpRequest request = HttpRequest.newBuilder(healthUri()).timeout(Duration.ofSeconds(10)).GET().build();
            return Optional.of(client.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Payara Micro", e);
        }
    }

    private boolean bootFinished() {
        return log().contains("ready in ");
    }

    /**
     * @return the errors of the log for a message: the gateway's configuration problems when there are any, else the
     *         SEVERE lines and their causes (no stack frames)
     */
    public String errorLines() {
        List<String> lines = log().lines().toList();
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("Invalid configuration, the gateway does not start")) {
                errors.add(lines.get(i).trim());
                for (int j = i + 1; j < lines.size() && lines.get(j).startsWith("  - "); j++) {
                    errors.add(lines.get(j).replace("]]", ""));
                }
                break;
            }
        }
        if (errors.isEmpty()) {
            for (String line : lines) {
                if (line.contains("[SEVERE]") || line.startsWith("Caused by:")) {
                    errors.add(line.length() > 400 ? line.substring(0, 400) + " ..." : line);
                }
            }
        }
        List<String> shown = errors.size() > 30 ? errors.subList(0, 30) : errors;
        return shown.isEmpty() ? "; see " + logFile.toAbsolutePath()
                : "; see " + logFile.toAbsolutePath() + System.lineSeparator()
                + String.join(System.lineSeparator(), shown);
    }

    /** @return the whole log so far */
    public String log() {
        try {
            return Files.exists(logFile) ? Files.readString(logFile, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    public URI baseUri() {
        try {
            String host = bindAddress.equals("0.0.0.0") ? "127.0.0.1" : bindAddress;
            return new URI("http://" + host + ":" + port + "/");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public URI healthUri() {
        return baseUri().resolve("api/health");
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    /** @return the operating-system process id of the running Payara Micro */
    public long pid() {
        if (process == null) {
            throw new IllegalStateException("Payara Micro is not running");
        }
        return process.pid();
    }

    /** @return the CPU time (user + system) Payara Micro has used so far, or zero when the OS does not tell */
    public Duration cpuTime() {
        return process == null ? Duration.ZERO : process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Ends Payara Micro at once with SIGKILL (no shutdown hooks: a crash), and waits for it to be gone. */
    public synchronized void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            process = null;
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Stops Payara Micro (SIGTERM: it undeploys the gateway, which stops its loops) and waits for it to end. */
    @Override
    public synchronized void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** @return the payara-micro jar of the local Maven repository (or {@code -Dvhk.payara.jar}) */
    public static Path findPayaraMicroJar() {
        String configured = System.getProperty("vhk.payara.jar");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        try {
            Class<?> boot = Class.forName("fish.payara.micro.BootstrapException");
            Path jar = Path.of(boot.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(jar)) {
                return jar;
            }
            throw new IllegalStateException("payara-micro is not a jar here: " + jar);
        } catch (ClassNotFoundException | URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("The payara-micro jar is not on the classpath (test-scoped dependency "
                    + "fish.payara.extras:payara-micro); run with the test classpath or set -Dvhk.payara.jar", e);
        }
    }

    /** @return a TCP port that was free a moment ago on 127.0.0.1 */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Payara Micro", e);
        }
    }

    /** Options of a {@link PayaraMicroProcess}. */
    public static final class Builder {

        private final Path war;
        private int port = 8080;
        private Path rootDir = Path.of("run", "payara");
        private Path logFile = Path.of("run", "logs", "payara.log");
        private final Map<String, String> environment = new LinkedHashMap<>();
        private String maxHeap = "512m";
        private String bindAddress = "127.0.0.1";
        private List<String> jvmOptions = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

        private Builder(Path war) {
            this.war = Objects.requireNonNull(war, "war");
        }

        public Builder port(int httpPort) {
            this.port = httpPort;
            return this;
        }

        /** Payara's working directory (its domain, deployed applications, temporary files). */
        public Builder rootDir(Path dir) {
            this.rootDir = dir;
            return this;
        }

        public Builder logFile(Path file) {
            this.logFile = file;
            return this;
        }

        /** Adds an environment variable of the child (the gateway's configuration: VHK_...). */
        public Builder environment(String name, String value) {
            environment.put(name, value);
            return this;
        }

        public Builder maxHeap(String heap) {
            this.maxHeap = heap;
            return this;
        }

        /**
         * JVM options besides -Xmx (default: the demo's fast start, C1 only and the serial collector; the benchmark
         * passes the production options of {@code deploy/jvm.options}).
         */
        public Builder jvmOptions(List<String> options) {
            this.jvmOptions = List.copyOf(options);
            return this;
        }

        /** The address HTTP listens on (default 127.0.0.1: not reachable from other machines). */
        public Builder bindAddress(String address) {
            this.bindAddress = address;
            return this;
        }

        public PayaraMicroProcess build() {
            return new PayaraMicroProcess(this);
        }
    }
}
