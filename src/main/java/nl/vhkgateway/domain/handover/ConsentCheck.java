package nl.vhkgateway.domain.handover;

import nl.vhkgateway.domain.consent.ConsentPolicy;
import nl.vhkgateway.domain.consent.ConsentRecord;
import nl.vhkgateway.domain.consent.ConsentStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks one consent record against a handover request, condition by condition in a fixed order: same case, same
 * sending organisation, covers the receiver, same purpose, not withdrawn, not expired, already valid, and the
 * {@link ConsentPolicy} met. The first failing condition is the refusal; how many passed tells how close a record
 * came (the closest one explains a refusal best when the sender quoted no number). Immutable, thread-safe.
 */
public final class ConsentCheck {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy 'om' HH:mm");

    private final ConsentPolicy policy;

    public ConsentCheck(ConsentPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * The result for one record: how many conditions passed (8 when all did) and the first failure.
     *
     * @param record  the record checked
     * @param passed  number of conditions met before the first failure
     * @param failure the first failure; empty when the record authorises the request
     */
    public record Evaluation(ConsentRecord record, int passed, Optional<HandoverRefusal> failure) {

        public boolean authorises() {
            return failure.isEmpty();
        }
    }

    /**
     * @param quoted whether the sender quoted this record's number (the sentence then names the number)
     */
    public Evaluation evaluate(ConsentRecord record, HandoverRequest request, boolean quoted) {
        var data = record.data();
        String consent = "de toestemming met nummer " + record.id();
        String forCase = "voor casus " + request.caseReference();
        int passed = 0;
        if (!data.caseReference().equals(request.caseReference())) {
            return failed(record, passed, RefusalReason.CONSENT_OTHER_CASE,
                    consent + " is voor een andere casus, niet " + forCase);
        }
        passed++;
        if (!data.sender().equals(request.sender())) {
            return failed(record, passed, RefusalReason.CONSENT_OTHER_SENDER, quoted
                    ? consent + " is gegeven voor delen door een andere organisatie dan de uwe"
                    : "er is " + forCase + " geen toestemming voor delen door uw organisatie");
        }
        passed++;
        if (!data.recipient().covers(request.receiver())) {
            return failed(record, passed, RefusalReason.CONSENT_OTHER_RECIPIENT, quoted
                    ? "geen geldige toestemming voor deze ontvanger: " + consent + " is voor een andere ontvanger"
                    : "geen geldige toestemming voor deze ontvanger " + forCase);
        }
        passed++;
        if (data.purpose() != request.purpose()) {
            return failed(record, passed, RefusalReason.CONSENT_OTHER_PURPOSE, quoted
                    ? consent + " is voor een ander doel: " + data.purpose().label() + ", niet "
                    + request.purpose().label()
                    : "er is " + forCase + " alleen toestemming voor een ander doel, niet voor "
                    + request.purpose().label());
        }
        passed++;
        ConsentStatus status = record.statusAt(request.moment());
        if (status == ConsentStatus.WITHDRAWN) {
            return failed(record, passed, RefusalReason.CONSENT_WITHDRAWN,
                    consent + " is ingetrokken op " + dutch(record.withdrawal().orElseThrow().withdrawnAt()));
        }
        passed++;
        if (status == ConsentStatus.EXPIRED) {
            return failed(record, passed, RefusalReason.CONSENT_EXPIRED,
                    consent + " is verlopen op " + dutch(data.validUntil()));
        }
        passed++;
        if (status == ConsentStatus.NOT_YET_VALID) {
            return failed(record, passed, RefusalReason.CONSENT_NOT_YET_VALID,
                    consent + " is nog niet geldig: pas vanaf " + dutch(data.validFrom()));
        }
        passed++;
        Optional<String> shortfall = policy.shortfall(data);
        if (shortfall.isPresent()) {
            return failed(record, passed, RefusalReason.CONSENT_POLICY_NOT_MET,
                    consent + " is niet voldoende: " + shortfall.get());
        }
        passed++;
        return new Evaluation(record, passed, Optional.empty());
    }

    private static Evaluation failed(ConsentRecord record, int passed, RefusalReason reason, String message) {
        return new Evaluation(record, passed, Optional.of(new HandoverRefusal(reason, message)));
    }

    /** "12-03-2026 om 10:15", Dutch local time. */
    static String dutch(Instant moment) {
        return MOMENT.format(moment.atZone(DUTCH_TIME));
    }
}
