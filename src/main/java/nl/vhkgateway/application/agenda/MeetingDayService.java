package nl.vhkgateway.application.agenda;

import nl.vhkgateway.application.intake.messages.DutchDates;
import nl.vhkgateway.domain.planning.MeetingCalendar;
import nl.vhkgateway.domain.planning.MeetingDayChange;
import nl.vhkgateway.domain.planning.MeetingDayChanges;
import nl.vhkgateway.domain.planning.MeetingDayRepository;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.domain.planning.PlanningRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The beheerder's closed days and extra meetings on top of the configuration (docs/agenda.md): the configuration
 * ({@code vhk.agenda.closed-days} / {@code vhk.agenda.extra-meetings}) stays the default and cannot be changed here;
 * additions are stored ({@link MeetingDayRepository}) and can be removed again. Serves them to every
 * {@link MeetingCalendar} of the agenda as {@link MeetingDayChanges}: from a snapshot that is reloaded after
 * {@value #REFRESH_SECONDS} seconds (so another instance of a cluster sees a change within that time) and at once
 * after a change made here. Rules: no day in the past; a closed day must be a meeting day of the configuration
 * without planned cases; an extra meeting must be a day without a meeting; a day has one change at most; an extra
 * meeting with planned cases cannot be removed. Throws {@link PlanningProblem} with a Dutch explanation.
 * Thread-safe.
 */
public final class MeetingDayService implements MeetingDayChanges {

    static final int REFRESH_SECONDS = 30;

    private final MeetingDayRepository days;
    private final MeetingCalendar configured;
    private final PlanningRepository cases;
    private final Clock clock;
    private final LongSupplier nanoTime;
    private volatile Snapshot snapshot;

    private record Snapshot(List<MeetingDayChange> changes, Days days, long loadedAtNanos) {
    }

    /**
     * @param configured the calendar of the configuration alone (built with {@link MeetingDayChanges#NONE})
     * @param clock      the agenda's clock (what "today" is)
     * @param nanoTime   monotonic time for the snapshot's age ({@code System::nanoTime})
     */
    public MeetingDayService(MeetingDayRepository days, MeetingCalendar configured, PlanningRepository cases,
                             Clock clock, LongSupplier nanoTime) {
        this.days = Objects.requireNonNull(days, "days");
        this.configured = Objects.requireNonNull(configured, "configured");
        this.cases = Objects.requireNonNull(cases, "cases");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    @Override
    public Days current() {
        return fresh().days();
    }

    /** Every added day, by date. */
    public List<MeetingDayChange> added() {
        return fresh().changes();
    }

    /** The configuration's closed days and extra meetings (read-only here). */
    public Days configured() {
        return new Days(configured.settings().closedDays(), configured.settings().extraMeetings());
    }

    public MeetingDayChange add(LocalDate day, MeetingDayChange.Kind kind, String beheerder) {
        if (day.isBefore(today())) {
            throw invalid("De datum " + DutchDates.date(day) + " ligt in het verleden.");
        }
        String when = DutchDates.withWeekday(day);
        if (configured().closed().contains(day) || configured().extra().contains(day)) {
            throw new PlanningProblem(PlanningProblem.Kind.CONFLICT, "Voor " + when + " staat al iets in de"
                    + " configuratie; dat kan alleen daar worden gewijzigd.");
        }
        if (kind == MeetingDayChange.Kind.CLOSED) {
            if (!configured.isConfiguredMeetingDay(day)) {
                throw invalid("Op " + when + " is er geen bespreking; alleen een besprekingsdag kan gesloten worden.");
            }
            int planned = cases.casesOn(day);
            if (planned > 0) {
                throw new PlanningProblem(PlanningProblem.Kind.CONFLICT, "Op " + when
                        + (planned == 1 ? " staat 1 casus" : " staan " + planned + " casussen")
                        + "; laat de voorzitter die eerst verplaatsen of afwijzen.");
            }
        } else if (configured.isConfiguredMeetingDay(day)) {
            throw invalid("Op " + when + " is er al een bespreking.");
        }
        MeetingDayChange change = new MeetingDayChange(day, kind, beheerder, clock.instant());
        boolean added = days.add(change);
        snapshot = null;
        if (!added) {
            throw new PlanningProblem(PlanningProblem.Kind.CONFLICT, "Voor " + when + " is al een gesloten dag of"
                    + " extra bespreking ingevoerd.");
        }
        return change;
    }

    /** Removes an added day (not one of the configuration). */
    public void remove(LocalDate day) {
        MeetingDayChange change = fresh().changes().stream().filter(c -> c.day().equals(day)).findFirst()
                .orElseThrow(() -> new PlanningProblem(PlanningProblem.Kind.NOT_FOUND, "Voor "
                        + DutchDates.withWeekday(day) + " is niets ingevoerd in de console."));
        if (change.kind() == MeetingDayChange.Kind.EXTRA && cases.casesOn(day) > 0) {
            throw new PlanningProblem(PlanningProblem.Kind.CONFLICT, "Op de extra bespreking van "
                    + DutchDates.withWeekday(day) + " staan casussen; laat de voorzitter die eerst verplaatsen of"
                    + " afwijzen.");
        }
        days.remove(day);
        snapshot = null;
    }

    private Snapshot fresh() {
        Snapshot current = snapshot;
        long now = nanoTime.getAsLong();
        if (current != null && now - current.loadedAtNanos() < Duration.ofSeconds(REFRESH_SECONDS).toNanos()) {
            return current;
        }
        List<MeetingDayChange> all = List.copyOf(days.all());
        Set<LocalDate> closed = new HashSet<>();
        Set<LocalDate> extra = new HashSet<>();
        all.forEach(c -> (c.kind() == MeetingDayChange.Kind.CLOSED ? closed : extra).add(c.day()));
        Snapshot loaded = new Snapshot(all, new Days(closed, extra), now);
        snapshot = loaded;
        return loaded;
    }

    private LocalDate today() {
        return clock.instant().atZone(MeetingPlanner.TEAM_ZONE).toLocalDate();
    }

    private static PlanningProblem invalid(String message) {
        return new PlanningProblem(PlanningProblem.Kind.INVALID, message);
    }
}
