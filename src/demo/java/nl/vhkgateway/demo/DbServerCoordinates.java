package nl.vhkgateway.demo;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a MariaDB server is expected (server URL without a database, user, password), read from system properties
 * or environment variables, with the development default {@code jdbc:mariadb://127.0.0.1:3306}, user {@code root},
 * empty password.
 *
 * <p>Keys (system property wins over environment variable): {@code vhk.test.db.url} / {@code VHK_TEST_DB_URL},
 * {@code vhk.test.db.user} / {@code VHK_TEST_DB_USER}, {@code vhk.test.db.password} / {@code VHK_TEST_DB_PASSWORD}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} never shows the password.
 */
public record DbServerCoordinates(String serverUrl, String user, String password) {

    public static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306";

    public DbServerCoordinates {
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!serverUrl.startsWith("jdbc:mariadb://")) {
            throw new IllegalArgumentException("Database URL must start with jdbc:mariadb:// (got " + serverUrl + ")");
        }
        serverUrl = stripTrailingSlash(serverUrl);
    }

    /** Reads the coordinates from system properties and environment variables, with the defaults above. */
    public static DbServerCoordinates fromEnvironment() {
        return new DbServerCoordinates(
                setting("vhk.test.db.url", "VHK_TEST_DB_URL").orElse(DEFAULT_URL),
                setting("vhk.test.db.user", "VHK_TEST_DB_USER").orElse("root"),
                setting("vhk.test.db.password", "VHK_TEST_DB_PASSWORD").orElse(""));
    }

    /**
     * The JDBC URL of one database on this server. Query parameters of the server URL are kept
     * ({@code jdbc:mariadb://h:3306?x=y} gives {@code jdbc:mariadb://h:3306/db?x=y}).
     */
    public String jdbcUrl(String database) {
        RunningMariaDb.requireValidName(database);
        int query = serverUrl.indexOf('?');
        if (query < 0) {
            return serverUrl + "/" + database;
        }
        return stripTrailingSlash(serverUrl.substring(0, query)) + "/" + database + serverUrl.substring(query);
    }

    @Override
    public String toString() {
        return "DbServerCoordinates[" + serverUrl + ", user=" + user + ", password=" + (password.isEmpty() ? "(empty)" : "*****") + "]";
    }

    private static Optional<String> setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(property.endsWith("password") ? value : value.strip());
    }

    private static String stripTrailingSlash(String url) {
        String result = url;
        while (result.endsWith("/") && result.length() > "jdbc:mariadb://".length()) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
