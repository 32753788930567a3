package nl.vhkgateway.bootstrap;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.logging.Logger;

import nl.vhkgateway.application.audit.ChainHeadPublication;
import nl.vhkgateway.application.intake.messages.MailBodies;
import nl.vhkgateway.application.intake.messages.MailText;
import nl.vhkgateway.application.mailflow.MailSendException;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.audit.PublishedHeads;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.infrastructure.config.GatewayConfig;
import nl.vhkgateway.infrastructure.mail.SmtpMailSender;

/**
 * Publishes the audit chain head outside the database: to the head file ({@code vhk.audit.head-file}) once the schema
 * is migrated at start-up, and every night at 03:30 to the head file and by mail to the beheerder
 * ({@code vhk.mailbox.beheer}), after verifying the whole chain ({@link ChainHeadPublication}). Without a head file the
 * nightly check still runs and mails the beheerder. Failures are logged, never stop the gateway. A container-managed
 * singleton: the container serialises the calls.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditHeadPublisher {

    private static final Logger LOG = Logger.getLogger(AuditHeadPublisher.class.getName());

    @Inject
    AuditLog auditLog;

    @Inject
    PublishedHeads publishedHeads;

    @Inject
    GatewayConfig config;

    public void atStart(@Observes SchemaMigrated migrated) {
        if (!publishedHeads.publishes()) {
            return; // no head file: nothing to publish at start-up
        }
        run(text -> LOG.fine("start-up publication: no mail"));
    }

    @Schedule(hour = "3", minute = "30", persistent = false)
    void nightly() {
        run(this::mailBeheerder);
    }

    private void run(Consumer<String> beheerder) {
        try {
            new ChainHeadPublication(auditLog, publishedHeads, beheerder, Clock.systemUTC()).publish();
        } catch (RuntimeException e) {
            LOG.warning("Publishing the audit chain head failed (" + e.getClass().getSimpleName() + "): "
                    + e.getMessage());
        }
    }

    private void mailBeheerder(String text) {
        MailAddress from = config.mailboxes().intake();
        MailAddress to = config.mailboxes().beheer();
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
            message.setFrom(new InternetAddress(from.value(), "VHK-gateway", StandardCharsets.UTF_8.name()));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to.value()));
            MailBodies.setBody(message, new MailText("Auditlogboek: dagelijkse vastlegging", text,
                    "<!DOCTYPE html><html lang=\"nl\"><body><p>" + text.replace("&", "&amp;").replace("<", "&lt;")
                            + "</p></body></html>"), List.of());
            MailBodies.markAutomatic(message, false);
            message.saveChanges();
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            new SmtpMailSender(config.smtp()).send(from, List.of(to), raw.toByteArray());
        } catch (MessagingException | IOException | MailSendException e) {
            LOG.warning("The audit head mail to the beheerder could not be sent (" + e.getClass().getSimpleName()
                    + ")");
        }
    }
}
