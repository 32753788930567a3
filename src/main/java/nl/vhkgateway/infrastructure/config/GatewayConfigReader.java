package nl.vhkgateway.infrastructure.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import nl.vhkgateway.application.intake.retention.RetentionSettings;
import nl.vhkgateway.application.sender.AuthenticationResultsPolicy;
import nl.vhkgateway.domain.consent.ConsentPolicy;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.infrastructure.crypto.SmimeEncryptor;
import nl.vhkgateway.infrastructure.mail.MailAccount;
import nl.vhkgateway.infrastructure.mail.MailSecurity;
import nl.vhkgateway.infrastructure.mail.MailServerSettings;
import nl.vhkgateway.infrastructure.security.PasswordHash;

/**
 * Reads and validates the whole configuration in one pass. Every problem is collected; when there is any, one
 * {@link InvalidConfigurationException} lists them all, so that the gateway never half-starts with a partly valid
 * configuration. Values of secret keys never appear in messages.
 *
 * <p>Not thread-safe (one instance per read); {@link #read(Function)} is the entry point.
 */
public final class GatewayConfigReader {

    private static final int MIN_PRODUCTION_PASSWORD_LENGTH = 12;
    /** Stands in for an invalid address while reading goes on (the configuration is refused anyway). */
    private static final MailAddress PLACEHOLDER_ADDRESS = MailAddress.of("invalid@invalid.invalid");

    private final Function<String, Optional<String>> lookup;
    private final List<String> problems = new ArrayList<>();

    private GatewayConfigReader(Function<String, Optional<String>> lookup) {
        this.lookup = lookup;
    }

    /**
     * @param lookup the value of a key (MicroProfile Config in the container, a map in tests); blank counts as absent
     * @return the validated configuration
     * @throws InvalidConfigurationException listing every missing or invalid key
     */
    public static GatewayConfig read(Function<String, Optional<String>> lookup) {
        return new GatewayConfigReader(lookup).read();
    }

    private GatewayConfig read() {
        boolean demo = bool(ConfigKey.DEMO, false);
        Duration connectTimeout = seconds(ConfigKey.MAIL_CONNECT_TIMEOUT, 10, 1, 120);
        Duration readTimeout = seconds(ConfigKey.MAIL_READ_TIMEOUT, 30, 1, 120);

        MailSecurity imapSecurity = security(ConfigKey.IMAP_SECURITY, MailSecurity.TLS, demo);
        String imapHost = host(ConfigKey.IMAP_HOST);
        int imapPort = port(ConfigKey.IMAP_PORT, imapSecurity == MailSecurity.TLS ? 993 : 143);
        MailServerSettings imapServer = new MailServerSettings(imapHost, imapPort, imapSecurity, connectTimeout,
                readTimeout);
        MailAccount imap = account(imapServer, required(ConfigKey.IMAP_USER), secret(ConfigKey.IMAP_PASSWORD));
        Optional<MailAccount> handoverImap = optional(ConfigKey.IMAP_HANDOVER_USER)
                .map(user -> account(imapServer, user,
                        requiredWith(ConfigKey.IMAP_HANDOVER_PASSWORD, ConfigKey.IMAP_HANDOVER_USER)));

        MailSecurity smtpSecurity = security(ConfigKey.SMTP_SECURITY, MailSecurity.STARTTLS, demo);
        String smtpUser = optional(ConfigKey.SMTP_USER).orElse("");
        String smtpPassword = smtpUser.isEmpty() ? ""
                : requiredWith(ConfigKey.SMTP_PASSWORD, ConfigKey.SMTP_USER);
        MailServerSettings smtpServer = new MailServerSettings(host(ConfigKey.SMTP_HOST),
                port(ConfigKey.SMTP_PORT, switch (smtpSecurity) {
                    case TLS -> 465;
                    case STARTTLS -> 587;
                    case NONE -> 25;
                }),
                smtpSecurity, connectTimeout, readTimeout);
        MailAccount smtp = account(smtpServer, smtpUser, smtpPassword);

        Mailboxes mailboxes = new Mailboxes(
                address(ConfigKey.MAILBOX_INTAKE),
                address(ConfigKey.MAILBOX_HANDOVER),
                address(ConfigKey.MAILBOX_VOORZITTER),
                address(ConfigKey.MAILBOX_BEHEER),
                address(ConfigKey.MAILBOX_RVDK));

        Duration retryDelay = seconds(ConfigKey.INTAKE_RETRY_DELAY, 30, 1, 86_400);
        Duration maxRetryDelay = seconds(ConfigKey.INTAKE_MAX_RETRY_DELAY, 1800, 1, 86_400);
        if (maxRetryDelay.compareTo(retryDelay) < 0) {
            problem(ConfigKey.INTAKE_MAX_RETRY_DELAY, "is shorter than " + ConfigKey.INTAKE_RETRY_DELAY);
            maxRetryDelay = retryDelay;
        }
        IntakeConfig intake = new IntakeConfig(
                seconds(ConfigKey.INTAKE_POLL_INTERVAL, 30, 1, 3600),
                bool(ConfigKey.INTAKE_IDLE, true),
                folder(ConfigKey.INTAKE_PROCESSED_FOLDER, "Verwerkt"),
                integer(ConfigKey.INTAKE_MAX_ATTEMPTS, 5, 1, 100),
                retryDelay, maxRetryDelay,
                seconds(ConfigKey.INTAKE_DISPATCH_INTERVAL, 15, 1, 3600),
                integer(ConfigKey.INTAKE_MAX_MESSAGE_MB, 15, 1, 1000) * 1024 * 1024,
                integer(ConfigKey.INTAKE_WORKERS, IntakeConfig.defaultWorkers(), 1, 64));

        DatabaseSettings database = new DatabaseSettings(
                jdbcUrl(ConfigKey.DB_URL),
                required(ConfigKey.DB_USER),
                new Secret(secret(ConfigKey.DB_PASSWORD)));

        BeheerderLogin beheerder = beheerder(demo);

        checkOtherParts();

        HealthSettings health = new HealthSettings(
                seconds(ConfigKey.HEALTH_CACHE, 5, 0, 300),
                seconds(ConfigKey.HEALTH_TIMEOUT, 5, 1, 60));

        RetentionSettings retention = new RetentionSettings(
                Duration.ofDays(integer(ConfigKey.RETENTION_DAYS, 30, 0, 3650)),
                Duration.ofMinutes(integer(ConfigKey.RETENTION_INTERVAL, 60, 1, 1440)));

        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new GatewayConfig(demo, imap, handoverImap, smtp, mailboxes, intake, database, beheerder, health,
                retention);
    }

    private BeheerderLogin beheerder(boolean demo) {
        String user = optional(ConfigKey.BEHEERDER_USER).orElse("beheerder");
        Optional<String> plain = lookup.apply(ConfigKey.BEHEERDER_PASSWORD.key()).filter(v -> !v.isBlank());
        Optional<String> hash = optional(ConfigKey.BEHEERDER_PASSWORD_HASH);
        if (plain.isPresent() && hash.isPresent()) {
            problem(ConfigKey.BEHEERDER_PASSWORD, "set either this key or " + ConfigKey.BEHEERDER_PASSWORD_HASH
                    + ", not both");
        } else if (hash.isPresent()) {
            if (!PasswordHash.isWellFormed(hash.get())) {
                problem(ConfigKey.BEHEERDER_PASSWORD_HASH, "is not a hash made by the hash-password command "
                        + "(expected pbkdf2-sha256$<iterations>$<salt>$<hash>)");
            }
            return new BeheerderLogin(user, new Secret(hash.get()), true);
        } else if (plain.isPresent()) {
            if (!demo && plain.get().length() < MIN_PRODUCTION_PASSWORD_LENGTH) {
                problem(ConfigKey.BEHEERDER_PASSWORD, "is shorter than " + MIN_PRODUCTION_PASSWORD_LENGTH
                        + " characters (allowed only with vhk.demo=true)");
            }
            return new BeheerderLogin(user, new Secret(plain.get()), false);
        } else {
            problem(ConfigKey.BEHEERDER_PASSWORD_HASH, "missing (or set " + ConfigKey.BEHEERDER_PASSWORD + ")");
        }
        return new BeheerderLogin(user, new Secret(""), false);
    }

    /**
     * Keys read by other parts of the gateway (their own producers parse them again): checked here as well, so that
     * one message lists every problem before anything starts.
     */
    private void checkOtherParts() {
        Optional<String> authservId = optional(ConfigKey.INTAKE_AUTHSERV_ID);
        boolean requireResults = bool(ConfigKey.INTAKE_REQUIRE_AUTHENTICATION_RESULTS, false);
        attempt(ConfigKey.INTAKE_AUTHSERV_ID, () -> new AuthenticationResultsPolicy(authservId, requireResults));
        attempt(ConfigKey.SENDER_AUTH_REQUIRED, () -> SenderAuthenticationSettings.read(lookup));
        optional(ConfigKey.REGISTER_SEED_FILE).map(Path::of).filter(file -> !Files.isRegularFile(file))
                .ifPresent(file -> problem(ConfigKey.REGISTER_SEED_FILE, file.toAbsolutePath() + " is not a file"));
        attempt(ConfigKey.CONSENT_REPRESENTATIVE_ROLES, () -> ConsentPolicy.parse(
                optional(ConfigKey.CONSENT_REPRESENTATIVE_ROLES).orElse("OUDER_MET_GEZAG,VOOGD"),
                optional(ConfigKey.CONSENT_YOUTH_FROM).orElse("16+")));
        boolean requireTls = bool(ConfigKey.HANDOVER_REQUIRE_TLS, true);
        if (!requireTls && !optional(ConfigKey.DEMO).map(v -> v.equalsIgnoreCase("true")).orElse(false)) {
            problem(ConfigKey.HANDOVER_REQUIRE_TLS, "'false' lets a card with personal data go without TLS and is "
                    + "allowed only with vhk.demo=true");
        }
        attempt(ConfigKey.SMIME_CONTENT_ENCRYPTION, () -> SmimeEncryptor.fromConfig(
                optional(ConfigKey.SMIME_CONTENT_ENCRYPTION).orElse("AES256_CBC"),
                optional(ConfigKey.SMIME_KEY_TRANSPORT).orElse("RSA_PKCS1")));
    }

    /** Runs another part's own parser; its message (which names the key) becomes the problem. */
    private void attempt(ConfigKey key, Runnable parse) {
        try {
            parse.run();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "invalid" : e.getMessage();
            problems.add(message.startsWith("vhk.") ? message + " (env " + envOf(message) + ")"
                    : key.key() + " (env " + key.environmentVariable() + "): " + message);
        }
    }

    /** @return the environment variable of the key a message starts with ({@code vhk.x.y: ...}) */
    private static String envOf(String message) {
        return message.split("[:\\s]", 2)[0].replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private Optional<String> optional(ConfigKey key) {
        return lookup.apply(key.key()).map(String::trim).filter(value -> !value.isEmpty());
    }

    /** A secret as given (never trimmed: spaces may belong to it); blank counts as absent. */
    private String secret(ConfigKey key) {
        Optional<String> value = lookup.apply(key.key()).filter(v -> !v.isBlank());
        if (value.isEmpty()) {
            problem(key, "missing");
        }
        return value.orElse("");
    }

    private String required(ConfigKey key) {
        Optional<String> value = optional(key);
        if (value.isEmpty()) {
            problem(key, "missing");
        }
        return value.orElse("");
    }

    /** A secret required because another key is set (never trimmed). */
    private String requiredWith(ConfigKey key, ConfigKey because) {
        Optional<String> value = lookup.apply(key.key()).filter(v -> !v.isBlank());
        if (value.isEmpty()) {
            problem(key, "missing (required because " + because + " is set)");
        }
        return value.orElse("");
    }

    private boolean bool(ConfigKey key, boolean defaultValue) {
        Optional<String> value = optional(key).map(v -> v.toLowerCase(Locale.ROOT));
        if (value.isEmpty()) {
            return defaultValue;
        }
        if (!value.get().equals("true") && !value.get().equals("false")) {
            problem(key, "'" + value.get() + "' is not true or false");
            return defaultValue;
        }
        return Boolean.parseBoolean(value.get());
    }

    private int integer(ConfigKey key, int defaultValue, int min, int max) {
        Optional<String> value = optional(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed < min || parsed > max) {
                problem(key, parsed + " is outside " + min + ".." + max);
                return defaultValue;
            }
            return parsed;
        } catch (NumberFormatException e) {
            problem(key, "'" + value.get() + "' is not a whole number (" + min + ".." + max + ")");
            return defaultValue;
        }
    }

    private Duration seconds(ConfigKey key, int defaultSeconds, int min, int max) {
        return Duration.ofSeconds(integer(key, defaultSeconds, min, max));
    }

    private int port(ConfigKey key, int defaultPort) {
        return integer(key, defaultPort, 1, 65_535);
    }

    private MailSecurity security(ConfigKey key, MailSecurity defaultValue, boolean demo) {
        Optional<String> value = optional(key).map(v -> v.toLowerCase(Locale.ROOT));
        if (value.isEmpty()) {
            return defaultValue;
        }
        MailSecurity security = switch (value.get()) {
            case "tls", "ssl" -> MailSecurity.TLS;
            case "starttls" -> MailSecurity.STARTTLS;
            case "none" -> MailSecurity.NONE;
            default -> null;
        };
        if (security == null) {
            problem(key, "'" + value.get() + "' is not tls, starttls or none");
            return defaultValue;
        }
        if (security == MailSecurity.NONE && !demo) {
            problem(key, "'none' sends mail unencrypted and is allowed only with vhk.demo=true; use tls or starttls");
        }
        return security;
    }

    /** The account; a missing password (already recorded as a problem) gets a placeholder so reading goes on. */
    private static MailAccount account(MailServerSettings server, String user, String password) {
        return new MailAccount(server, user, !user.isEmpty() && password.isEmpty() ? "missing" : password);
    }

    /** A host name for the mail settings; a placeholder when missing (the problem is recorded). */
    private String host(ConfigKey key) {
        String value = required(key);
        if (!value.isEmpty() && value.chars().anyMatch(Character::isWhitespace)) {
            problem(key, "'" + value + "' is not a host name");
            return "invalid";
        }
        return value.isEmpty() ? "missing" : value;
    }

    private MailAddress address(ConfigKey key) {
        String value = required(key);
        if (value.isEmpty()) {
            return PLACEHOLDER_ADDRESS;
        }
        if (!MailAddress.isValid(value)) {
            problem(key, "'" + value + "' is not a plain mail address (name@domain)");
            return PLACEHOLDER_ADDRESS;
        }
        return MailAddress.of(value);
    }

    private String folder(ConfigKey key, String defaultValue) {
        String value = optional(key).orElse(defaultValue);
        if (value.equalsIgnoreCase("INBOX")) {
            problem(key, "must be another folder than INBOX");
        }
        return value;
    }

    private String jdbcUrl(ConfigKey key) {
        String value = required(key);
        // the MariaDB driver's high-availability modes list several hosts (a Galera cluster, deploy/cluster/README.md)
        if (!value.isEmpty() && !value.matches("jdbc:(mariadb|mysql):((sequential|loadbalance|replication):)?//.+")) {
            problem(key, "must start with jdbc:mariadb:// (or jdbc:mariadb:sequential:// with several hosts)");
        }
        return value;
    }

    private void problem(ConfigKey key, String what) {
        problems.add(key.key() + " (env " + key.environmentVariable() + "): " + what);
    }
}
