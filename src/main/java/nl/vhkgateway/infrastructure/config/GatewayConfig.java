package nl.vhkgateway.infrastructure.config;

import java.util.Objects;
import java.util.Optional;

import nl.vhkgateway.application.intake.retention.RetentionSettings;
import nl.vhkgateway.infrastructure.mail.MailAccount;

/**
 * The complete, validated configuration of the gateway, read once at start-up by {@link GatewayConfigReader}.
 * Immutable and thread-safe.
 *
 * @param demo         demo mode (plain mail connections and short passwords allowed)
 * @param imap         the IMAP server with the login of the intake mailbox
 * @param handoverImap the same IMAP server with the login of the handover mailbox, when configured
 * @param smtp         the SMTP server the gateway sends through (empty user: no login)
 * @param mailboxes    the addresses the gateway works with
 * @param intake       how the intake mailbox is watched and retried
 * @param database     the MariaDB
 * @param beheerder    the beheerder's login for the REST API
 * @param health       health check settings
 * @param retention    how long card content is kept and how often retention runs
 */
public record GatewayConfig(boolean demo, MailAccount imap, Optional<MailAccount> handoverImap, MailAccount smtp,
                            Mailboxes mailboxes, IntakeConfig intake, DatabaseSettings database,
                            BeheerderLogin beheerder, HealthSettings health, RetentionSettings retention) {

    public GatewayConfig {
        Objects.requireNonNull(imap, "imap");
        Objects.requireNonNull(handoverImap, "handoverImap");
        Objects.requireNonNull(smtp, "smtp");
        Objects.requireNonNull(mailboxes, "mailboxes");
        Objects.requireNonNull(intake, "intake");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(beheerder, "beheerder");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(retention, "retention");
    }
}
