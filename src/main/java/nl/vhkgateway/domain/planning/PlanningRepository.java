package nl.vhkgateway.domain.planning;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.submission.SubmissionNumber;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The planned cases. Every method joins the caller's transaction when one is active. Planning on a meeting locks that
 * meeting, so concurrent planners never put more cases on it than the calendar allows. Thread-safe.
 */
public interface PlanningRepository {

    /** Accepted submissions without a planned case, oldest first. */
    List<AcceptedCard> unplanned(int limit);

    /**
     * Plans the card on the first meeting from {@code from} on that has room (by {@code calendar}); idempotent: a
     * card that already has a planned case (also one planned concurrently) gets that one back unchanged.
     */
    PlannedCase propose(AcceptedCard card, LocalDate from, MeetingCalendar calendar, Instant now);

    Optional<PlannedCase> find(SubmissionNumber number);

    /**
     * Sets the state and meeting of a case when its version is still {@code expectedVersion}; a new meeting must
     * have room by {@code calendar} (the case itself not counted).
     *
     * @throws MeetingFullException           when the new meeting has no room
     * @throws ConcurrentPlanningException    when the case changed in between
     */
    PlannedCase update(SubmissionNumber number, int expectedVersion, PlanningState state, LocalDate meeting,
                       String decidedBy, MeetingCalendar calendar, Instant now);

    /** Adds an invited expert (no effect when already invited). */
    PlannedCase addExpert(SubmissionNumber number, MailAddress expert, Instant now);

    /** Cases of the meeting on {@code date} in the given states, by VHT number. */
    List<PlannedCase> forMeeting(LocalDate date, List<PlanningState> states);

    /** Cases with a meeting between {@code from} and {@code to} (inclusive), by meeting then number. */
    List<PlannedCase> list(LocalDate from, LocalDate to, int limit, int offset);

    int count(LocalDate from, LocalDate to);

    /** The number of cases taking a place at the meeting on {@code date}. */
    int casesOn(LocalDate date);
}
