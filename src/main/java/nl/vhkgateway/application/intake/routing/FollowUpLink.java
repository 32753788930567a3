package nl.vhkgateway.application.intake.routing;

import nl.vhkgateway.domain.card.CardFacts;
import nl.vhkgateway.domain.card.SoortInbreng;
import nl.vhkgateway.domain.intake.IntakeRecordRepository;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;

import java.util.Objects;
import java.util.Optional;

/**
 * Step: link a Vervolgbespreking or Monitoring to the earlier case. The earlier submission number is taken from the
 * card (the cover, see {@link CardFacts#earlierSubmissionNumber()}) or else from the subject ("VHT-2026-0042",
 * also as people type it: "vht 2026-42"), and looked up among the submissions the gateway numbered. A number that
 * is not found is kept as named-but-unknown: the card is still accepted and the summary says so. Other kinds of
 * submission are not linked. Thread-safe.
 */
public final class FollowUpLink {

    private final IntakeRecordRepository records;

    public FollowUpLink(IntakeRecordRepository records) {
        this.records = Objects.requireNonNull(records, "records");
    }

    public Link resolve(CardFacts facts, String subject, SubmissionId self) {
        boolean followUp = facts.soortInbreng()
                .filter(s -> s == SoortInbreng.VERVOLGBESPREKING || s == SoortInbreng.MONITORING).isPresent();
        if (!followUp) {
            return Link.NONE;
        }
        Optional<SubmissionNumber> named = facts.earlierSubmissionNumber().flatMap(SubmissionNumber::findIn)
                .or(() -> SubmissionNumber.findIn(subject));
        if (named.isEmpty()) {
            return Link.NONE;
        }
        Optional<SubmissionId> earlier = records.findByNumber(named.get()).filter(id -> !id.equals(self));
        return new Link(named, earlier);
    }

    /**
     * The earlier case of a follow-up.
     *
     * @param named  the earlier number the card or subject names
     * @param linked the submission with that number, when the gateway knows it
     */
    public record Link(Optional<SubmissionNumber> named, Optional<SubmissionId> linked) {

        static final Link NONE = new Link(Optional.empty(), Optional.empty());

        public Link {
            Objects.requireNonNull(named, "named");
            Objects.requireNonNull(linked, "linked");
        }

        /** The named number when it is known (the case is linked). */
        public Optional<SubmissionNumber> linkedNumber() {
            return linked.isPresent() ? named : Optional.empty();
        }

        /** The named number when it is not known to the gateway. */
        public Optional<SubmissionNumber> unknownNumber() {
            return linked.isPresent() ? Optional.empty() : named;
        }
    }
}
