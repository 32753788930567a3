package nl.vhkgateway.infrastructure.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The database user that migrates the schema ({@code vhk.db.migration.user}), apart from the runtime user
 * {@code vhk.db.user}: it runs Flyway and then grants the runtime role ({@code vhk.db.runtime-role}) exactly the
 * table rights the gateway needs (deploy/database-users.md). Without it (demo, tests) the runtime user migrates, as
 * before. Immutable.
 *
 * @param user        the migration user
 * @param password    its password
 * @param runtimeRole the MariaDB role the runtime user has as default role
 */
public record MigrationLogin(String user, Secret password, String runtimeRole) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    public MigrationLogin {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!NAME.matcher(runtimeRole).matches()) {
            throw new IllegalArgumentException("runtime role: letters, digits and underscore only");
        }
    }

    /**
     * @return the migration login when {@code vhk.db.migration.user} is set
     * @throws InvalidConfigurationException when the user is set without a password, or the role name is invalid
     */
    public static Optional<MigrationLogin> read(Function<String, Optional<String>> lookup) {
        Optional<String> user = value(lookup, ConfigKey.DB_MIGRATION_USER);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> password = value(lookup, ConfigKey.DB_MIGRATION_PASSWORD);
        if (password.isEmpty()) {
            throw invalid(ConfigKey.DB_MIGRATION_PASSWORD, "required with " + ConfigKey.DB_MIGRATION_USER.key());
        }
        String role = value(lookup, ConfigKey.DB_RUNTIME_ROLE).orElse("vhk_runtime");
        if (!NAME.matcher(role).matches()) {
            throw invalid(ConfigKey.DB_RUNTIME_ROLE, "letters, digits and underscore only");
        }
        return Optional.of(new MigrationLogin(user.get(), new Secret(password.get()), role));
    }

    private static InvalidConfigurationException invalid(ConfigKey key, String what) {
        return new InvalidConfigurationException(List.of(key.key() + " (env " + key.environmentVariable() + "): "
                + what));
    }

    private static Optional<String> value(Function<String, Optional<String>> lookup, ConfigKey key) {
        return lookup.apply(key.key()).map(String::strip).filter(v -> !v.isEmpty());
    }
}
