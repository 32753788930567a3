package nl.vhkgateway.application.intake.retention;

import java.time.Clock;
import java.util.Objects;

import nl.vhkgateway.application.intake.routing.IntakeAudit;
import nl.vhkgateway.domain.intake.ContentRepository;
import nl.vhkgateway.domain.submission.SubmissionId;

/**
 * Removes the content of a refused submission at once (the raw mail with the card that may go nowhere), audited
 * as {@value ContentRetention#REFUSED_NOT_KEPT}; used right after a refusal is committed, by every channel (intake
 * and handover). The original in the mailbox's processed folder follows at the next retention pass (looked up by
 * Message-ID). Thread-safe.
 */
public final class PurgeRefusedContent {

    private final ContentRepository content;
    private final IntakeAudit audit;
    private final Clock clock;

    public PurgeRefusedContent(ContentRepository content, IntakeAudit audit, Clock clock) {
        this.content = Objects.requireNonNull(content, "content");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return true when this call removed the content */
    public boolean purge(SubmissionId id) {
        boolean purged = content.purge(id, ContentRetention.REFUSED_NOT_KEPT, clock.instant());
        if (purged) {
            audit.contentPurged(IntakeAudit.RETENTION_ACTOR, id, ContentRetention.REFUSED_NOT_KEPT);
        }
        return purged;
    }
}
