package nl.vhkgateway.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import nl.vhkgateway.application.mailflow.DeliveryProbe;
import nl.vhkgateway.application.mailflow.InDoubtDeliveries;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.infrastructure.config.DeliveryProbeSettings;
import nl.vhkgateway.infrastructure.mail.ImapDeliveryProbe;
import org.eclipse.microprofile.config.Config;

import java.util.Map;
import java.util.logging.Logger;

/**
 * Produces the one {@link InDoubtDeliveries} of the intake and handover dispatch (issue 12): the IMAP
 * {@link ImapDeliveryProbe} over the recipient mailboxes of {@code vhk.delivery-probe.mailboxes}, or no probe when
 * none is configured. A bad probe configuration stops the start ({@code InvalidConfigurationException}).
 */
@ApplicationScoped
public class DeliveryProbeProducer {

    private static final Logger LOG = Logger.getLogger(DeliveryProbeProducer.class.getName());

    @Inject
    Config config;

    @Inject
    AuditLog auditLog;

    @Produces
    @Singleton
    InDoubtDeliveries inDoubtDeliveries() {
        Map<MailAddress, ImapDeliveryProbe.ProbeMailbox> mailboxes =
                DeliveryProbeSettings.read(key -> config.getOptionalValue(key, String.class));
        if (mailboxes.isEmpty()) {
            LOG.info("No delivery probe configured (vhk.delivery-probe.mailboxes): a mail in doubt after a crash is"
                    + " sent again with the same Message-ID and counted as in doubt, resent");
            return new InDoubtDeliveries(DeliveryProbe.NONE, auditLog, "system:outbox");
        }
        LOG.info(() -> "Delivery probe: a mail in doubt is looked for in " + mailboxes.size()
                + " recipient mailbox(es) before it is sent again");
        return new InDoubtDeliveries(new ImapDeliveryProbe(mailboxes), auditLog, "system:outbox");
    }
}
