package nl.vhkgateway.infrastructure.config;

import java.util.Locale;
import java.util.Optional;

/**
 * Every configuration key of the gateway, with its default and meaning. The single list that the reader, the
 * README table and the production example follow (a unit test keeps them in step).
 *
 * <p>Each key can be set in the configuration file ({@code VHK_CONFIG_FILE}), overridden by an environment variable
 * (MicroProfile Config mapping: {@code vhk.smtp.host} becomes {@code VHK_SMTP_HOST}) and by a system property.
 */
public enum ConfigKey {
    DEMO("vhk.demo", "false", "Demo mode: allows mail without TLS (security none) and a short beheerder password. Never in production."),
    MAIL_CONNECT_TIMEOUT("vhk.mail.connect-timeout-seconds", "10", "Timeout for connecting to the IMAP and SMTP servers, seconds."),
    MAIL_READ_TIMEOUT("vhk.mail.read-timeout-seconds", "30", "Timeout for an answer of the IMAP and SMTP servers, seconds."),

    IMAP_HOST("vhk.imap.host", null, "IMAP server of the intake mailbox."),
    IMAP_PORT("vhk.imap.port", "993 (tls) / 143", "IMAP port."),
    IMAP_SECURITY("vhk.imap.security", "tls", "tls (also: ssl), starttls, or none (demo only)."),
    IMAP_USER("vhk.imap.user", null, "IMAP login of the intake mailbox."),
    IMAP_PASSWORD("vhk.imap.password", null, "Password of the intake mailbox (secret)."),
    IMAP_HANDOVER_USER("vhk.imap.handover.user", "(none)", "IMAP login of the handover mailbox on the same server; optional until handovers are used."),
    IMAP_HANDOVER_PASSWORD("vhk.imap.handover.password", "(none)", "Password of the handover mailbox (secret); required with vhk.imap.handover.user."),

    SMTP_HOST("vhk.smtp.host", null, "SMTP server the gateway sends through."),
    SMTP_PORT("vhk.smtp.port", "465 (tls) / 587 (starttls) / 25", "SMTP port."),
    SMTP_SECURITY("vhk.smtp.security", "starttls", "tls (also: ssl), starttls, or none (demo only)."),
    SMTP_USER("vhk.smtp.user", "(none)", "SMTP login; empty for a server without authentication."),
    SMTP_PASSWORD("vhk.smtp.password", "(none)", "SMTP password (secret); required with vhk.smtp.user."),

    MAILBOX_INTAKE("vhk.mailbox.intake", null, "Address vaste deelnemers send cards to (the watched mailbox, also the sender of the gateway's mail)."),
    MAILBOX_HANDOVER("vhk.mailbox.handover", null, "Address for handovers between partners."),
    MAILBOX_VOORZITTER("vhk.mailbox.voorzitter", null, "The voorzitter, who receives screened cards."),
    MAILBOX_BEHEER("vhk.mailbox.beheer", null, "The beheerder, who is told about quarantine and errors."),
    MAILBOX_RVDK("vhk.mailbox.rvdk", null, "Intake mailbox of the Raad voor de Kinderbescherming."),

    INTAKE_POLL_INTERVAL("vhk.intake.poll-interval-seconds", "30", "INBOX check interval without IDLE (and the longest IDLE wait), seconds."),
    INTAKE_IDLE("vhk.intake.idle", "true", "Use IMAP IDLE when the server offers it."),
    INTAKE_PROCESSED_FOLDER("vhk.intake.processed-folder", "Verwerkt", "IMAP folder a message moves to once stored and delivered."),
    INTAKE_MAX_ATTEMPTS("vhk.intake.max-attempts", "5", "Attempts before a failing message goes to the error state."),
    INTAKE_RETRY_DELAY("vhk.intake.retry-delay-seconds", "30", "Pause after the first failed attempt of a step (doubles per attempt), seconds."),
    INTAKE_MAX_RETRY_DELAY("vhk.intake.max-retry-delay-seconds", "1800", "Longest pause between attempts, seconds."),
    INTAKE_MAX_MESSAGE_MB("vhk.intake.max-message-mb", "15", "Largest message stored, MB (a larger one goes to ERROR without content); keep below MariaDB's max_allowed_packet."),
    INTAKE_WORKERS("vhk.intake.workers", "(4 per CPU, 8 to 16)", "Threads that screen, route and send cards at the same time (1-64); each also holds a database and an SMTP connection while it works."),
    INTAKE_DISPATCH_INTERVAL("vhk.intake.dispatch-interval-seconds", "15", "How often pending and retried deliveries are sent, seconds."),

    SENDER_AUTH_REQUIRED("vhk.sender-auth.required", "true (false in demo mode)", "Every accepted submission must be authenticated (S/MIME with the registered certificate or DKIM of the From domain); unauthenticated mail from a registered address is quarantined. false is allowed only with vhk.demo=true."),
    SENDER_AUTH_DKIM_SOURCE("vhk.sender-auth.dkim-source", "gateway", "Who verifies DKIM: gateway (the gateway itself, public keys from DNS) or authentication-results (the receiving server's Authentication-Results; needs vhk.intake.authserv-id)."),
    INTAKE_AUTHSERV_ID("vhk.intake.authserv-id", "(none)", "authserv-id of the receiving mail server whose Authentication-Results header is trusted (DKIM/SPF/DMARC failure = refusal); empty: no check."),
    INTAKE_REQUIRE_AUTHENTICATION_RESULTS("vhk.intake.require-authentication-results", "false", "Refuse a message without an Authentication-Results header of that server (needs vhk.intake.authserv-id)."),

    REGISTER_SEED_FILE("vhk.register.seed-file", "(none)", "JSON file that seeds the participant register at start-up (demo: config/demo-register.json); idempotent."),

    CONSENT_REPRESENTATIVE_ROLES("vhk.consent.policy.representative-roles", "OUDER_MET_GEZAG,VOOGD", "Roles of whom at least one must have consented to a handover."),
    CONSENT_YOUTH_FROM("vhk.consent.policy.youth-consent-from", "16+", "From which age group the youth must consent as well: 16+, 12-15, 0-11 or none."),

    SMIME_CONTENT_ENCRYPTION("vhk.smime.content-encryption", "AES256_CBC", "S/MIME content encryption towards partners: AES256_CBC (every client) or AES256_GCM."),
    SMIME_KEY_TRANSPORT("vhk.smime.key-transport", "RSA_PKCS1", "S/MIME key transport: RSA_PKCS1 (every client) or RSA_OAEP_SHA256."),
    HANDOVER_REQUIRE_TLS("vhk.handover.require-tls-without-smime", "true", "A handover to a partner without a registered S/MIME certificate is sent only when the SMTP connection uses TLS (tls or starttls); false only in the demo."),

    LOGIN_ACCOUNT_FREE_FAILURES("vhk.login.account.free-failures", "5", "Failed logins of one account before each next attempt must wait (1 s, doubling)."),
    LOGIN_ACCOUNT_LOCK_AFTER("vhk.login.account.lock-after-failures", "20", "Failed logins of one account after which it is locked for vhk.login.lock-minutes."),
    LOGIN_ADDRESS_FREE_FAILURES("vhk.login.address.free-failures", "20", "Failed logins from one client address before each next attempt must wait (1 s, doubling)."),
    LOGIN_ADDRESS_LOCK_AFTER("vhk.login.address.lock-after-failures", "100", "Failed logins from one client address after which it is locked for vhk.login.lock-minutes."),
    LOGIN_MAX_DELAY("vhk.login.max-delay-seconds", "300", "Longest wait between two login attempts of a throttled account or address, seconds."),
    LOGIN_LOCK_MINUTES("vhk.login.lock-minutes", "15", "How long a locked account or client address is refused, minutes (also how long failures are remembered)."),

    CONSENT_CASE_PATTERN("vhk.consent.case-pattern", "(none)", "Extra allowed form of a case reference besides the VHT number (VHT-2026-0042), as a regular expression on the upper-cased reference, e.g. ROOS-\\d{4}-\\d{1,6}."),
    CONSENT_EARLIEST_DATE("vhk.consent.earliest-date", "2020-01-01", "A consent given before this date is refused (catches mistyped years)."),
    CONSENT_MAX_VALIDITY("vhk.consent.max-validity-months", "24", "Longest validity of a consent, months; a longer one is refused."),

    AUDIT_KEY_FILE("vhk.audit.key-file", "(none; required outside demo mode)", "File with the key (at least 32 random bytes: head -c 32 /dev/urandom) that seals the audit chain (HMAC-SHA256); kept outside the database, readable only by the gateway. Demo: a throwaway key in the temporary directory. See deploy/audit.md."),
    AUDIT_KEY("vhk.audit.key", "(none)", "The audit key as Base64 (secret, e.g. VHK_AUDIT_KEY from the secrets file), instead of vhk.audit.key-file."),
    AUDIT_HEAD_FILE("vhk.audit.head-file", "(none)", "File the audit chain head is appended to at start-up and daily (and mailed to the beheerder); verification checks the chain against its last line. Keep it outside the database host's reach (another disk or a synced share)."),

    RETENTION_DAYS("vhk.retention.days", "30", "Days the raw mail and the (sanitised) card are kept after delivery; also the longest a message stays in quarantine. A refused card is never kept. Metadata, decisions and audit stay."),
    RETENTION_INTERVAL("vhk.retention.interval-minutes", "60", "How often the retention job removes content that is due, minutes."),

    SCREENING_TIMEOUT("vhk.screening.timeout-seconds", "30", "Deadline for screening one card, seconds; a card that takes longer is refused as INVALID (TIMEOUT)."),
    SCREENING_MAX_SIZE("vhk.screening.max-size-mb", "25", "Largest card accepted for screening, MB."),

    DB_URL("vhk.db.url", null, "JDBC URL of the MariaDB database (jdbc:mariadb://host:3306/vhk)."),
    DB_USER("vhk.db.user", null, "Database user."),
    DB_PASSWORD("vhk.db.password", null, "Database password (secret)."),
    DB_MIGRATION_USER("vhk.db.migration.user", "(none: vhk.db.user)", "Database user that runs the schema migrations (Flyway) and grants the runtime user its table rights; the runtime user vhk.db.user then needs no DDL. See deploy/database-users.md."),
    DB_MIGRATION_PASSWORD("vhk.db.migration.password", "(none)", "Password of the migration user (secret); required with vhk.db.migration.user."),
    DB_RUNTIME_ROLE("vhk.db.runtime-role", "vhk_runtime", "MariaDB role (default role of vhk.db.user) that the migration user grants the runtime's table rights to after each migration."),

    CLUSTER_INSTANCE_ID("vhk.cluster.instance-id", "host name + process id", "Name of this gateway instance in the leader leases and in /api/health (1-128 characters); unique per running instance. See deploy/cluster/README.md."),
    CLUSTER_LEASE_SECONDS("vhk.cluster.lease-seconds", "15", "Leader lease of the mailbox watchers and scheduled jobs, seconds (3-60), renewed every fifth; another instance takes over at most this long (plus one renewal interval) after the leader died; a clean shutdown hands over at once."),

    DELIVERY_PROBE_MAILBOXES("vhk.delivery-probe.mailboxes", "(none)", "Recipient mailboxes the gateway may search (IMAP, read-only) for a mail in doubt before sending it again after a leader's crash: names, comma-separated (e.g. voorzitter,rvdk); per name N: vhk.delivery-probe.N.address, .user, .password (secret), optional .host/.port/.security (default vhk.imap.*) and .folders (default INBOX). Without a probe such a mail is resent with the same Message-ID and counted. See docs/adr/0001-exactly-once-intake.md."),

    BEHEERDER_USER("vhk.beheerder.user", "beheerder", "Login name of the beheerder for the REST API."),
    BEHEERDER_PASSWORD("vhk.beheerder.password", "(none)", "Beheerder password in plain form (secret; at least 12 characters outside demo mode)."),
    BEHEERDER_PASSWORD_HASH("vhk.beheerder.password-hash", "(none)", "Beheerder password as a PBKDF2 hash (see deploy/README.md); set this or vhk.beheerder.password."),

    HEALTH_CACHE("vhk.health.cache-seconds", "5", "How long a health result is reused, seconds."),
    HEALTH_TIMEOUT("vhk.health.timeout-seconds", "5", "The longest a single health check may take, seconds."),
    LOG_FORMAT("vhk.log.format", "text", "Log format of the whole server: text (one line per event: time UTC, level, logger, message, exception as a one-line summary) or json (JSON Lines); addresses masked, never personal data. As environment variable or system property it applies from Payara's first line, in the configuration file from the gateway's deployment on."),
    CONSOLE_VOORZITTER_USER("vhk.console.voorzitter.user", "voorzitter", "Login name of the voorzitter for the web console (not a mail address)."),
    CONSOLE_VOORZITTER_PASSWORD("vhk.console.voorzitter.password", "(none)", "Voorzitter password in plain form (secret; at least 12 characters outside demo mode); without a password the voorzitter cannot log in."),
    CONSOLE_VOORZITTER_PASSWORD_HASH("vhk.console.voorzitter.password-hash", "(none)", "Voorzitter password as a PBKDF2 hash (hash-password); set this or vhk.console.voorzitter.password."),
    CONSOLE_PUBLIC_URL("vhk.console.public-url", "(none)", "Address under which people reach the web console (https://...); refusal mails then link the blank Veiligheidskaart. Empty: no links in mails."),
    CONSOLE_ANONYMOUS_PRECHECK("vhk.console.anonymous-precheck", "false", "Offer Kaart controleren without login at /console/openbaar/kaart-controleren (nothing is stored)."),
    CONSOLE_ANONYMOUS_PRECHECK_MAX_SIZE("vhk.console.anonymous-precheck.max-size-mb", "5", "Largest card for the pre-check without login, MB."),
    CONSOLE_ANONYMOUS_PRECHECK_PER_HOUR("vhk.console.anonymous-precheck.per-hour", "20", "Pre-checks without login per client address per hour."),

    AGENDA_MEETING_DAYS("vhk.agenda.meeting-days", "TUESDAY,THURSDAY", "Weekdays of the regular VHT meetings (English names, comma-separated); public holidays are always off. See docs/agenda.md."),
    AGENDA_FIRST_SLOT("vhk.agenda.first-slot", "09:00", "Start of the first case of a meeting (HH:mm, Europe/Amsterdam)."),
    AGENDA_SLOT_MINUTES("vhk.agenda.slot-minutes", "30", "Time per case on the agenda, minutes (5-480)."),
    AGENDA_CASES_PER_MEETING("vhk.agenda.cases-per-meeting", "4", "Most cases per meeting; a further accepted card is proposed for the next meeting with room (1-50)."),
    AGENDA_CLOSED_DAYS("vhk.agenda.closed-days", "(none)", "Extra days without a meeting (summer break, cancelled meeting): yyyy-MM-dd, comma-separated. The beheerder adds more in the console (Besprekingsdagen)."),
    AGENDA_EXTRA_MEETINGS("vhk.agenda.extra-meetings", "(none)", "Extra meetings on other days: yyyy-MM-dd, comma-separated (not also a closed day). The beheerder adds more in the console (Besprekingsdagen)."),
    AGENDA_SEND_WORKING_DAYS_BEFORE("vhk.agenda.send-working-days-before", "2", "The agenda of a meeting (with the cards) goes to its participants this many working days before it (0-10)."),
    AGENDA_SEND_TIME("vhk.agenda.send-time", "12:00", "Time of day (HH:mm, Europe/Amsterdam) at which the agenda is sent on that working day."),
    AGENDA_CLOCK_FILE("vhk.agenda.clock-file", "(system clock)", "Tests and demos only (refused unless vhk.demo=true): a file holding an ISO-8601 instant; the agenda's clock shows that instant at the file's modification time and runs on from there. Rewrite the file to move the clock."),
    AGENDA_PROPOSE_INTERVAL("vhk.agenda.propose-interval-seconds", "60", "How often accepted cards without a planned meeting are proposed for one, seconds."),
    PLANNING_BEVRIJDINGSDAG("vhk.planning.bevrijdingsdag", "EVERY_YEAR", "5 May off every year (EVERY_YEAR, the team's practice) or only in lustrum years (LUSTRUM_YEARS); applies to meetings and working days.");

    private final String key;
    private final String defaultValue;
    private final String description;

    ConfigKey(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** @return the property name, e.g. {@code vhk.smtp.host} */
    public String key() {
        return key;
    }

    /** @return the environment variable that overrides this key, e.g. {@code VHK_SMTP_HOST} */
    public String environmentVariable() {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** @return the default as documented, or empty when the key is required */
    public Optional<String> documentedDefault() {
        return Optional.ofNullable(defaultValue);
    }

    public boolean required() {
        return defaultValue == null;
    }

    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return key;
    }
}
