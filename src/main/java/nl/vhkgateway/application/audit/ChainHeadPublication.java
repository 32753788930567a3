package nl.vhkgateway.application.audit;

import nl.vhkgateway.domain.audit.AuditEvent;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.audit.ChainHead;
import nl.vhkgateway.domain.audit.ChainVerification;
import nl.vhkgateway.domain.audit.PublishedHead;
import nl.vhkgateway.domain.audit.PublishedHeads;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Publishes the audit chain's head outside the database (at start-up and daily): verifies the whole chain first and
 * publishes only an intact one, then tells the beheerder (sequence number and hash, so that the mail is a second
 * copy outside the database) and audits the publication as {@value #ACTION}. A broken chain is not published; the
 * beheerder is told instead. Thread-safe.
 */
public final class ChainHeadPublication {

    public static final String ACTION = "AUDIT_HEAD_PUBLISHED";
    private static final Logger LOG = Logger.getLogger(ChainHeadPublication.class.getName());

    private final AuditLog auditLog;
    private final PublishedHeads heads;
    private final Consumer<String> beheerder;
    private final Clock clock;

    /**
     * @param beheerder receives a Dutch text for the beheerder (sent by mail); may do nothing when no mail is set up
     */
    public ChainHeadPublication(AuditLog auditLog, PublishedHeads heads, Consumer<String> beheerder, Clock clock) {
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.heads = Objects.requireNonNull(heads, "heads");
        this.beheerder = Objects.requireNonNull(beheerder, "beheerder");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Verifies and, when intact, publishes the head; returns the verification. */
    public ChainVerification publish() {
        ChainVerification verification = auditLog.verifyChain();
        if (!verification.intact()) {
            LOG.severe(() -> "Audit chain NOT intact, head not published: " + verification.firstBreak().orElseThrow());
            beheerder.accept("Het auditlogboek van de gateway is bij de dagelijkse controle niet intact bevonden: "
                    + verification.description() + " De laatste regel is daarom niet gepubliceerd.");
            return verification;
        }
        ChainHead head = verification.head();
        heads.publish(new PublishedHead(head.sequence(), head.hash(), clock.instant()));
        auditLog.append(AuditEvent.builder("system:audit", ACTION).outcome("PUBLISHED")
                .detail("sequence", Long.toString(head.sequence())).detail("hash", head.hash()).build());
        beheerder.accept("Dagelijkse vastlegging van het auditlogboek (bewaar deze mail): het logboek is intact ("
                + verification.rowsChecked() + " regels); laatste regel " + head.sequence() + " met hash "
                + head.hash() + ".");
        LOG.info(() -> "Audit chain head published: " + head.sequence() + " " + head.hash());
        return verification;
    }
}
