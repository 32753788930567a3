package nl.vhkgateway.application.intake.retention;

import nl.vhkgateway.application.intake.quarantine.DiscardQuarantined;
import nl.vhkgateway.application.intake.routing.IntakeAudit;
import nl.vhkgateway.application.intake.routing.RoutingReasons;
import nl.vhkgateway.domain.intake.ContentRepository;
import nl.vhkgateway.domain.submission.SubmissionId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Removes card content the gateway no longer needs; metadata, decisions, history and audit stay:
 * <ul>
 *   <li>a refused submission's raw mail at once (the original card is not kept after a refusal: only the reasons);</li>
 *   <li>a delivered submission's raw mail, and the MIME of sent messages (the sanitised card to the voorzitter),
 *       {@link RetentionSettings#keepAfterDelivery()} after delivery (default 30 days);</li>
 *   <li>a submission held in quarantine longer than that: discarded (DISCARDED, content removed);</li>
 *   <li>with a {@link ProcessedMailbox}: the originals on the mail server (folder Verwerkt) of everything whose
 *       content was removed, at the next pass, and every original older than the period.</li>
 * </ul>
 * Each removal is audited (one row per submission; one per batch of sent messages). Run {@link #purgeDue()}
 * periodically; {@link #purgeRefused} right after a refusal was committed. Submissions in ERROR keep their content
 * for the beheerder. Thread-safe.
 */
public final class ContentRetention {

    public static final String REFUSED_NOT_KEPT = "REFUSED_NOT_KEPT";
    public static final String RETENTION_EXPIRED = "RETENTION_EXPIRED";

    private static final Logger LOG = Logger.getLogger(ContentRetention.class.getName());
    private static final int BATCH = 100;
    private static final int MAX_MESSAGE_IDS = 1000;

    private final ContentRepository content;
    private final List<ProcessedMailbox> mailboxes;
    private final DiscardQuarantined discard;
    private final IntakeAudit audit;
    private final RetentionSettings settings;
    private final Clock clock;

    public ContentRetention(ContentRepository content, DiscardQuarantined discard, IntakeAudit audit,
                            RetentionSettings settings, Clock clock) {
        this(content, discard, audit, settings, Optional.empty(), clock);
    }

    /**
     * @param mailbox the processed folder of the intake mailbox, whose originals are removed as well (refused and
     *                discarded ones at the next pass, the others after the period)
     */
    public ContentRetention(ContentRepository content, DiscardQuarantined discard, IntakeAudit audit,
                            RetentionSettings settings, Optional<ProcessedMailbox> mailbox, Clock clock) {
        this(content, discard, audit, settings, mailbox.map(List::of).orElse(List.of()), clock);
    }

    /**
     * @param mailboxes the processed folders of every watched mailbox (intake and handover), whose originals are
     *                  removed as well
     */
    public ContentRetention(ContentRepository content, DiscardQuarantined discard, IntakeAudit audit,
                            RetentionSettings settings, List<ProcessedMailbox> mailboxes, Clock clock) {
        this.mailboxes = List.copyOf(mailboxes);
        this.content = Objects.requireNonNull(content, "content");
        this.discard = Objects.requireNonNull(discard, "discard");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public RetentionSettings settings() {
        return settings;
    }

    /** Removes the raw mail of a refused submission (when still there); true when this call removed it. */
    public boolean purgeRefused(SubmissionId id) {
        boolean purged = content.purge(id, REFUSED_NOT_KEPT, clock.instant());
        if (purged) {
            audit.contentPurged(IntakeAudit.RETENTION_ACTOR, id, REFUSED_NOT_KEPT);
        }
        return purged;
    }

    /** One retention pass over everything that is due. */
    public Result purgeDue() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(settings.keepAfterDelivery());
        int refused = 0;
        for (List<SubmissionId> batch = content.refused(BATCH); !batch.isEmpty(); batch = content.refused(BATCH)) {
            int before = refused;
            for (SubmissionId id : batch) {
                refused += purgeRefused(id) ? 1 : 0;
            }
            if (refused == before) {
                break;
            }
        }
        int delivered = 0;
        for (List<SubmissionId> batch = content.deliveredBefore(cutoff, BATCH); !batch.isEmpty();
             batch = content.deliveredBefore(cutoff, BATCH)) {
            int before = delivered;
            for (SubmissionId id : batch) {
                if (content.purge(id, RETENTION_EXPIRED, clock.instant())) {
                    audit.contentPurged(IntakeAudit.RETENTION_ACTOR, id, RETENTION_EXPIRED);
                    delivered++;
                }
            }
            if (delivered == before) {
                break;
            }
        }
        int quarantined = 0;
        for (SubmissionId id : content.quarantinedBefore(cutoff, BATCH)) {
            try {
                discard.discard(id, RoutingReasons.QUARANTINE_EXPIRED);
                audit.contentPurged(IntakeAudit.RETENTION_ACTOR, id, RoutingReasons.QUARANTINE_EXPIRED);
                quarantined++;
            } catch (IllegalStateException e) {
                LOG.log(Level.FINE, "Submission " + id + " left quarantine meanwhile", e);
            }
        }
        int sent = content.purgeSentBefore(cutoff, clock.instant());
        if (sent > 0) {
            audit.sentMessagesPurged(sent, RETENTION_EXPIRED);
        }
        int originals = 0;
        for (ProcessedMailbox processed : mailboxes) {
            originals += purgeMailbox(processed, cutoff);
        }
        Result result = new Result(refused, delivered, quarantined, sent, originals);
        if (result.total() > 0) {
            LOG.info(() -> "Retention removed content: " + result);
        }
        return result;
    }

    /**
     * Removes from the mail server's processed folder the originals whose content the gateway removed (looked up by
     * Message-ID for one retention period back, so a pass that failed is caught up) and every original older than
     * the period. A mail server problem is logged; the next pass tries again.
     */
    private int purgeMailbox(ProcessedMailbox processed, Instant cutoff) {
        try {
            int removed = processed.removeByMessageId(content.purgedMessageIdsSince(
                    cutoff.minus(settings.interval()).minus(Duration.ofDays(1)), MAX_MESSAGE_IDS));
            removed += processed.removeReceivedBefore(cutoff);
            if (removed > 0) {
                audit.mailboxOriginalsPurged(removed, RETENTION_EXPIRED);
            }
            return removed;
        } catch (RuntimeException e) {
            LOG.warning(() -> "Retention in the processed folder failed; the next pass tries again: "
                    + e.getClass().getSimpleName());
            return 0;
        }
    }

    /**
     * What one pass removed.
     *
     * @param refused      raw mails of refused submissions
     * @param delivered    raw mails of delivered submissions past the period
     * @param quarantined  submissions discarded from quarantine past the period
     * @param sentMessages sent messages (the card to the voorzitter, answers) past the period
     * @param originals    originals removed from the mail server's processed folder
     */
    public record Result(int refused, int delivered, int quarantined, int sentMessages, int originals) {

        public int total() {
            return refused + delivered + quarantined + sentMessages + originals;
        }
    }
}
