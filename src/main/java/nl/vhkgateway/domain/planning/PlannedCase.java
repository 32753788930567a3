package nl.vhkgateway.domain.planning;

import nl.vhkgateway.domain.mail.MailAddress;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An accepted card on its way to a meeting. Lifecycle: the gateway <em>proposes</em> the earliest meeting with room
 * ({@link MeetingCalendar#nextFreeMeeting}); the voorzitter <em>accepts</em> it, <em>moves</em> it to another meeting
 * (proposed or accepted, as long as that meeting has room and is at least a week after receipt) or <em>declines</em>
 * it (final; the reason goes to the vaste deelnemer by mail and is not stored). Invited experts (mail addresses) can
 * be added until the agenda is sent. Only numbers, dates and addresses: no card text. Immutable snapshot.
 *
 * @param card    the accepted card
 * @param meeting the meeting it is planned on
 * @param state   proposed, accepted or declined
 * @param experts invited experts
 * @param version optimistic-concurrency version, incremented by every change
 */
public record PlannedCase(AcceptedCard card, LocalDate meeting, PlanningState state, List<MailAddress> experts,
                          int version) {

    public PlannedCase {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(state, "state");
        experts = List.copyOf(experts);
    }
}
