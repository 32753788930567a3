package nl.vhkgateway.domain.planning;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * The earliest VeiligheidsTeam meeting at which a card can be discussed (docs/adr/0003-earliest-meeting-rule.md).
 * <p>
 * The team meets on Tuesday and Thursday mornings. A card in by Monday is discussed on Tuesday of the following
 * week, a card in by Wednesday on Thursday of the following week, and the voorzitter receives it at least a week
 * before (seeds 000 "Inplannen bespreking", 002 §4). Both deadlines lie exactly {@value #DAYS_BEFORE_MEETING} days
 * before their meeting (Monday to Tuesday of the next week, Wednesday to Thursday of the next week), which also
 * gives the voorzitter more than the required week. So:
 * <blockquote>the earliest meeting is the first Tuesday or Thursday, not a Dutch public holiday, that falls at
 * least {@value #DAYS_BEFORE_MEETING} days after the day the card was received (in Europe/Amsterdam).</blockquote>
 * The whole day of a deadline counts ("uiterlijk maandag binnen": Monday 23:59 is in time). A meeting day that is
 * a public holiday moves to the next Tuesday or Thursday that is not. Stateless and thread-safe.
 */
public final class MeetingPlanner {

    /** The team's time zone: a card's day of receipt is its date there. */
    public static final ZoneId TEAM_ZONE = ZoneId.of("Europe/Amsterdam");

    /** Days between a deadline (Monday or Wednesday) and its meeting (Tuesday or Thursday of the next week). */
    public static final int DAYS_BEFORE_MEETING = 8;

    private static final Set<DayOfWeek> MEETING_DAYS = Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);

    private final DutchPublicHolidays holidays;

    public MeetingPlanner(DutchPublicHolidays holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    public MeetingPlanner() {
        this(new DutchPublicHolidays());
    }

    /**
     * @param received when the card arrived (the receiving server's time)
     * @param zone     the team's zone, normally {@link #TEAM_ZONE}
     * @return the date of the earliest meeting
     */
    public LocalDate earliestMeeting(Instant received, ZoneId zone) {
        return earliestMeeting(received.atZone(zone).toLocalDate());
    }

    /** The earliest meeting for a card received on this (local) day. */
    public LocalDate earliestMeeting(LocalDate receivedOn) {
        LocalDate candidate = receivedOn.plusDays(DAYS_BEFORE_MEETING);
        while (!isMeetingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** True when the team can meet on this date: a Tuesday or Thursday that is not a public holiday. */
    public boolean isMeetingDay(LocalDate date) {
        return MEETING_DAYS.contains(date.getDayOfWeek()) && !holidays.isHoliday(date);
    }
}
