package nl.vhkgateway.infrastructure.config;

import java.util.Objects;

/**
 * The MariaDB the gateway stores its state in. In the container the DataSource {@code java:app/jdbc/vhk} is built
 * from the same keys; these settings are what the start-up validation checks. Immutable and thread-safe.
 *
 * @param url      JDBC URL ({@code jdbc:mariadb://host:port/database})
 * @param user     database user
 * @param password password of that user
 */
public record DatabaseSettings(String url, String user, Secret password) {

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }
}
