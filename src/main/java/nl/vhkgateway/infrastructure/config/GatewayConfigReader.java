package nl.vhkgateway.infrastructure.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

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
        Duration mailTimeout = seconds(ConfigKey.MAIL_TIMEOUT, 20, 1, 600);

        MailSecurity imapSecurity = security(ConfigKey.IMAP_SECURITY, MailSecurity.SSL, demo);
        MailServer imap = new MailServer(
                required(ConfigKey.IMAP_HOST),
                port(ConfigKey.IMAP_PORT, imapSecurity == MailSecurity.SSL ? 993 : 143),
                imapSecurity,
                Optional.of(required(ConfigKey.IMAP_USER)),
                Optional.of(new Secret(required(ConfigKey.IMAP_PASSWORD))),
                mailTimeout);
        Optional<MailServer> handoverImap = optional(ConfigKey.IMAP_HANDOVER_USER)
                .map(user -> imap.withLogin(user, new Secret(requiredWith(ConfigKey.IMAP_HANDOVER_PASSWORD,
                        ConfigKey.IMAP_HANDOVER_USER))));

        MailSecurity smtpSecurity = security(ConfigKey.SMTP_SECURITY, MailSecurity.STARTTLS, demo);
        Optional<String> smtpUser = optional(ConfigKey.SMTP_USER);
        Optional<Secret> smtpPassword = smtpUser.isPresent()
                ? Optional.of(new Secret(requiredWith(ConfigKey.SMTP_PASSWORD, ConfigKey.SMTP_USER)))
                : Optional.empty();
        MailServer smtp = new MailServer(
                required(ConfigKey.SMTP_HOST),
                port(ConfigKey.SMTP_PORT, switch (smtpSecurity) {
                    case SSL -> 465;
                    case STARTTLS -> 587;
                    case NONE -> 25;
                }),
                smtpSecurity, smtpUser, smtpPassword, mailTimeout);

        Mailboxes mailboxes = new Mailboxes(
                address(ConfigKey.MAILBOX_INTAKE),
                address(ConfigKey.MAILBOX_HANDOVER),
                address(ConfigKey.MAILBOX_VOORZITTER),
                address(ConfigKey.MAILBOX_BEHEER),
                address(ConfigKey.MAILBOX_RVDK));

        IntakeConfig intake = new IntakeConfig(
                seconds(ConfigKey.INTAKE_POLL_INTERVAL, 30, 1, 3600),
                bool(ConfigKey.INTAKE_IDLE, true),
                folder(ConfigKey.INTAKE_PROCESSED_FOLDER, "Verwerkt"),
                integer(ConfigKey.INTAKE_MAX_ATTEMPTS, 5, 1, 100),
                seconds(ConfigKey.INTAKE_RETRY_DELAY, 30, 1, 86_400));

        DatabaseSettings database = new DatabaseSettings(
                jdbcUrl(ConfigKey.DB_URL),
                required(ConfigKey.DB_USER),
                new Secret(required(ConfigKey.DB_PASSWORD)));

        BeheerderLogin beheerder = beheerder(demo);

        HealthSettings health = new HealthSettings(
                seconds(ConfigKey.HEALTH_CACHE, 5, 0, 300),
                seconds(ConfigKey.HEALTH_TIMEOUT, 5, 1, 60));

        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new GatewayConfig(demo, imap, handoverImap, smtp, mailboxes, intake, database, beheerder, health);
    }

    private BeheerderLogin beheerder(boolean demo) {
        String user = optional(ConfigKey.BEHEERDER_USER).orElse("beheerder");
        Optional<String> plain = optional(ConfigKey.BEHEERDER_PASSWORD);
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

    private Optional<String> optional(ConfigKey key) {
        return lookup.apply(key.key()).map(String::trim).filter(value -> !value.isEmpty());
    }

    private String required(ConfigKey key) {
        Optional<String> value = optional(key);
        if (value.isEmpty()) {
            problem(key, "missing");
        }
        return value.orElse("");
    }

    private String requiredWith(ConfigKey key, ConfigKey because) {
        Optional<String> value = optional(key);
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
        Optional<String> value = optional(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        Optional<MailSecurity> security = MailSecurity.parse(value.get());
        if (security.isEmpty()) {
            problem(key, "'" + value.get() + "' is not ssl, starttls or none");
            return defaultValue;
        }
        if (!security.get().encrypted() && !demo) {
            problem(key, "'none' sends mail unencrypted and is allowed only with vhk.demo=true; use ssl or starttls");
        }
        return security.get();
    }

    private String address(ConfigKey key) {
        String value = required(key);
        if (value.isEmpty()) {
            return value;
        }
        try {
            InternetAddress address = new InternetAddress(value, true);
            if (address.getPersonal() != null || !value.equals(address.getAddress()) || !value.contains("@")) {
                problem(key, "'" + value + "' is not a plain mail address (name@domain)");
            }
        } catch (AddressException e) {
            problem(key, "'" + value + "' is not a valid mail address");
        }
        return value;
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
        if (!value.isEmpty() && !value.startsWith("jdbc:mariadb://") && !value.startsWith("jdbc:mysql://")) {
            problem(key, "must start with jdbc:mariadb://");
        }
        return value;
    }

    private void problem(ConfigKey key, String what) {
        problems.add(key.key() + " (env " + key.environmentVariable() + "): " + what);
    }
}
