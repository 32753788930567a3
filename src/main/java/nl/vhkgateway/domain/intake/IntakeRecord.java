package nl.vhkgateway.domain.intake;

import nl.vhkgateway.domain.card.SoortInbreng;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the screening intake found out about one submission, next to its state and history: the submission number
 * (allocated once, re-used when the submission is decided again), the route, who sent it (register ids), the sender
 * and screening verdicts with reason codes and counts, the kind of submission, the earliest meeting, and for a
 * Vervolgbespreking / Monitoring the earlier number it names and the earlier submission it is linked to. Holds no
 * card text, subject or names: only ids, codes, counts and dates. Immutable.
 *
 * @param submissionId     the submission
 * @param number           the submission number, once allocated (accepted cards)
 * @param route            VHT or RVDK, once known
 * @param participantId    the registered vaste deelnemer who sent it, when the sender is one
 * @param organisationId   that participant's organisation
 * @param senderVerdict    ACCEPTED, REFUSED, UNKNOWN_SENDER or AUTOMATED_MESSAGE
 * @param screeningVerdict ACCEPT, REJECT or INVALID; empty when not screened
 * @param reasonCodes      why (sender refusal reasons, finding categories, MISSING_SECTIONS, ...)
 * @param findingCount     findings of the screening (0 when not screened)
 * @param missingCount     missing sections (0 when not screened)
 * @param soortInbreng     the kind of submission, when recognised
 * @param earliestMeeting  the earliest meeting (accepted cards)
 * @param earlierNumber    the earlier submission number a follow-up names
 * @param linkedSubmission the earlier submission with that number, when known to the gateway
 * @param screenedAt       when screening finished
 */
public record IntakeRecord(SubmissionId submissionId,
                           Optional<SubmissionNumber> number,
                           Optional<IntakeRoute> route,
                           Optional<Long> participantId,
                           Optional<Long> organisationId,
                           Optional<String> senderVerdict,
                           Optional<String> screeningVerdict,
                           List<String> reasonCodes,
                           int findingCount,
                           int missingCount,
                           Optional<SoortInbreng> soortInbreng,
                           Optional<LocalDate> earliestMeeting,
                           Optional<SubmissionNumber> earlierNumber,
                           Optional<SubmissionId> linkedSubmission,
                           Optional<Instant> screenedAt) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    /** At most this many reason codes are kept (the column holds 1000 characters). */
    public static final int MAX_REASON_CODES = 15;

    public IntakeRecord {
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(senderVerdict, "senderVerdict");
        Objects.requireNonNull(screeningVerdict, "screeningVerdict");
        reasonCodes = List.copyOf(reasonCodes.stream().distinct().limit(MAX_REASON_CODES).toList());
        for (String code : reasonCodes) {
            if (!CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("Not a reason code: " + code.length() + " characters");
            }
        }
        senderVerdict.ifPresent(IntakeRecord::requireCode);
        screeningVerdict.ifPresent(IntakeRecord::requireCode);
        if (findingCount < 0 || missingCount < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        Objects.requireNonNull(soortInbreng, "soortInbreng");
        Objects.requireNonNull(earliestMeeting, "earliestMeeting");
        Objects.requireNonNull(earlierNumber, "earlierNumber");
        Objects.requireNonNull(linkedSubmission, "linkedSubmission");
        Objects.requireNonNull(screenedAt, "screenedAt");
    }

    /** A record that knows only its submission. */
    public static IntakeRecord empty(SubmissionId submissionId) {
        return new IntakeRecord(submissionId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), 0, 0, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static void requireCode(String value) {
        if (!CODE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a verdict code");
        }
    }
}
