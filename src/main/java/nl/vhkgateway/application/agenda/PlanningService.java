package nl.vhkgateway.application.agenda;

import nl.vhkgateway.application.UnitOfWork;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutboxRepository;
import nl.vhkgateway.domain.participant.ParticipantId;
import nl.vhkgateway.domain.participant.ParticipantRepository;
import nl.vhkgateway.domain.planning.AcceptedCard;
import nl.vhkgateway.domain.planning.ConcurrentPlanningException;
import nl.vhkgateway.domain.planning.MeetingCalendar;
import nl.vhkgateway.domain.planning.MeetingFullException;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.domain.planning.PlannedCase;
import nl.vhkgateway.domain.planning.PlanningRepository;
import nl.vhkgateway.domain.planning.PlanningState;
import nl.vhkgateway.domain.submission.SubmissionNumber;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The voorzitter's planning (issue 10, docs/agenda.md):
 * <ul>
 *   <li>{@link #proposeAccepted}: every accepted card without a planned case is <em>proposed</em> for its earliest
 *       meeting with room ({@link MeetingCalendar#nextFreeMeeting}). It reads the accepted submissions from the
 *       store, so the intake pipeline needs no call into planning and a crash between acceptance and proposal
 *       only delays the proposal to the next run;</li>
 *   <li>{@link #accept}, {@link #move} (to a meeting with room, at least a week after receipt, not in the past) and
 *       {@link #decline} (the reason goes to the vaste deelnemer in Dutch, through the outbox in the same
 *       transaction; the reason itself is not stored);</li>
 *   <li>{@link #addExpert}: invite an expert (mail address) to the case's discussion.</li>
 * </ul>
 * Throws {@link PlanningProblem} with a Dutch explanation. Thread-safe.
 */
public final class PlanningService {

    static final String PURPOSE_DECLINED = "PLANNING_DECLINED";
    static final int MAX_REASON_LENGTH = 2000;
    /** The Dutch answer to a decision taken on a version of the case that is no longer the current one. */
    public static final String STALE = "De planning is intussen gewijzigd; laad de pagina opnieuw.";

    private final PlanningRepository cases;
    private final MeetingCalendar calendar;
    private final OutboxRepository outbox;
    private final ParticipantRepository participants;
    private final AgendaMailComposer composer;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public PlanningService(PlanningRepository cases, MeetingCalendar calendar, OutboxRepository outbox,
                           ParticipantRepository participants, AgendaMailComposer composer, UnitOfWork unitOfWork,
                           Clock clock) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.participants = Objects.requireNonNull(participants, "participants");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public MeetingCalendar calendar() {
        return calendar;
    }

    /** Proposes up to {@code limit} accepted, unplanned cards; returns the new proposals. */
    public List<PlannedCase> proposeAccepted(int limit) {
        List<PlannedCase> proposed = new ArrayList<>();
        for (AcceptedCard card : cases.unplanned(limit)) {
            proposed.add(cases.propose(card, calendar.earliestMeeting(card.receivedOn()), calendar, clock.instant()));
        }
        return proposed;
    }

    public Optional<PlannedCase> find(SubmissionNumber number) {
        return cases.find(number);
    }

    /** Cases with a meeting from {@code from} to {@code to}, by meeting then number. */
    public List<PlannedCase> list(LocalDate from, LocalDate to, int limit, int offset) {
        return cases.list(from, to, limit, offset);
    }

    public int count(LocalDate from, LocalDate to) {
        return cases.count(from, to);
    }

    public PlannedCase accept(SubmissionNumber number, String voorzitter) {
        PlannedCase current = open(number);
        if (current.state() == PlanningState.ACCEPTED) {
            return current;
        }
        return update(current, PlanningState.ACCEPTED, current.meeting(), voorzitter);
    }

    /**
     * Accepts the case as the voorzitter saw it: when its version is no longer {@code expectedVersion} (someone
     * decided in between), a {@link PlanningProblem.Kind#CONFLICT} with {@link #STALE}. Used by the web console,
     * whose forms carry the version they were built from.
     */
    public PlannedCase accept(SubmissionNumber number, int expectedVersion, String voorzitter) {
        PlannedCase current = open(number, expectedVersion);
        if (current.state() == PlanningState.ACCEPTED) {
            return current;
        }
        return update(current, PlanningState.ACCEPTED, current.meeting(), voorzitter);
    }

    public PlannedCase move(SubmissionNumber number, LocalDate meeting, String voorzitter) {
        return move(open(number), meeting, voorzitter);
    }

    /** {@link #move} on the version the voorzitter saw (see {@link #accept(SubmissionNumber, int, String)}). */
    public PlannedCase move(SubmissionNumber number, LocalDate meeting, int expectedVersion, String voorzitter) {
        return move(open(number, expectedVersion), meeting, voorzitter);
    }

    private PlannedCase move(PlannedCase current, LocalDate meeting, String voorzitter) {
        SubmissionNumber number = current.card().number();
        LocalDate today = today();
        if (meeting.isBefore(today)) {
            throw new PlanningProblem(PlanningProblem.Kind.INVALID, "De datum " + meeting + " ligt in het verleden.");
        }
        if (!calendar.isMeetingDay(meeting)) {
            throw new PlanningProblem(PlanningProblem.Kind.INVALID, "Op " + meeting + " is er geen bespreking "
                    + "(besprekingen zijn op dinsdag- en donderdagochtend, behalve op feestdagen en gesloten dagen).");
        }
        if (!calendar.followUpInTime(current.card().receivedOn(), meeting)) {
            throw new PlanningProblem(PlanningProblem.Kind.INVALID, "De kaart moet uiterlijk een week voor de "
                    + "bespreking binnen zijn; " + number.format() + " kwam binnen op " + current.card().receivedOn()
                    + ", dus de vroegste datum is " + calendar.meetingOnOrAfter(
                    current.card().receivedOn().plusDays(MeetingCalendar.FOLLOW_UP_DAYS_BEFORE)) + ".");
        }
        return update(current, PlanningState.ACCEPTED, meeting, voorzitter);
    }

    public PlannedCase decline(SubmissionNumber number, String reason, String voorzitter) {
        checkReason(reason);
        return decline(open(number), reason, voorzitter);
    }

    /** {@link #decline} on the version the voorzitter saw (see {@link #accept(SubmissionNumber, int, String)}). */
    public PlannedCase decline(SubmissionNumber number, String reason, int expectedVersion, String voorzitter) {
        checkReason(reason);
        return decline(open(number, expectedVersion), reason, voorzitter);
    }

    private static void checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new PlanningProblem(PlanningProblem.Kind.INVALID,
                    "Geef een reden op: de vaste deelnemer krijgt die te lezen.");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new PlanningProblem(PlanningProblem.Kind.INVALID,
                    "De reden is te lang (maximaal " + MAX_REASON_LENGTH + " tekens).");
        }
    }

    private PlannedCase decline(PlannedCase current, String reason, String voorzitter) {
        SubmissionNumber number = current.card().number();
        MailAddress to = current.card().participantId().flatMap(id -> participants.findById(new ParticipantId(id)))
                .map(p -> p.mailAddress())
                .orElseThrow(() -> new PlanningProblem(PlanningProblem.Kind.CONFLICT, "De vaste deelnemer van "
                        + number.format() + " is niet (meer) geregistreerd; de reden kan niet worden gemaild."));
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> {
            PlannedCase declined = update(current, PlanningState.DECLINED, current.meeting(), voorzitter);
            outbox.add(Optional.of(current.card().submission()), List.of(composer.compose(PURPOSE_DECLINED,
                    "DECLINED/" + number.format(), List.of(to),
                    PlanningTexts.declined(number, current.meeting(), reason), List.of())), now);
            return declined;
        });
    }

    public PlannedCase addExpert(SubmissionNumber number, String address, String voorzitter) {
        if (address == null || !MailAddress.isValid(address)) {
            throw new PlanningProblem(PlanningProblem.Kind.INVALID, "Dat is geen geldig e-mailadres.");
        }
        open(number);
        return cases.addExpert(number, MailAddress.of(address), clock.instant());
    }

    private PlannedCase open(SubmissionNumber number) {
        PlannedCase current = cases.find(number).orElseThrow(() -> new PlanningProblem(
                PlanningProblem.Kind.NOT_FOUND, number.format() + " is niet ingepland (onbekend of nog niet "
                + "geaccepteerd)."));
        if (current.state() == PlanningState.DECLINED) {
            throw new PlanningProblem(PlanningProblem.Kind.CONFLICT, number.format() + " is al afgewezen.");
        }
        return current;
    }

    private PlannedCase open(SubmissionNumber number, int expectedVersion) {
        PlannedCase current = open(number);
        if (current.version() != expectedVersion) {
            throw new PlanningProblem(PlanningProblem.Kind.CONFLICT, STALE);
        }
        return current;
    }

    private PlannedCase update(PlannedCase current, PlanningState state, LocalDate meeting, String voorzitter) {
        try {
            return cases.update(current.card().number(), current.version(), state, meeting, voorzitter, calendar,
                    clock.instant());
        } catch (MeetingFullException e) {
            throw new PlanningProblem(PlanningProblem.Kind.CONFLICT, "De bespreking van " + meeting
                    + " is vol (maximaal " + calendar.settings().casesPerMeeting() + " casussen). Kies een andere datum.");
        } catch (ConcurrentPlanningException e) {
            throw new PlanningProblem(PlanningProblem.Kind.CONFLICT, e.getMessage() + "; probeer het opnieuw.");
        }
    }

    /** Today in Europe/Amsterdam by the agenda's clock (which tests and demos can move). */
    public LocalDate today() {
        return clock.instant().atZone(MeetingPlanner.TEAM_ZONE).toLocalDate();
    }
}
