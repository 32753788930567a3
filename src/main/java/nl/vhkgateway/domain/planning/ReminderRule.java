package nl.vhkgateway.domain.planning;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When the reminders of a term go out: {@link ReminderKind#NEAR} {@value #WORKING_DAYS_BEFORE} working days before
 * the due date, {@link ReminderKind#PASSED} on the first working day after it. Both dates are working days, so no
 * reminder is sent on a weekend or public holiday. A reminder is due from its date on (a gateway that was down on
 * that day sends it when it is back); the caller makes sure each is sent once. Stateless and thread-safe.
 */
public final class ReminderRule {

    public static final int WORKING_DAYS_BEFORE = 2;

    private final WorkingDays workingDays;

    public ReminderRule(WorkingDays workingDays) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    }

    /** The day the reminder of this kind is sent. */
    public LocalDate sendOn(Term term, ReminderKind kind) {
        return switch (kind) {
            case NEAR -> workingDays.minus(term.due(), WORKING_DAYS_BEFORE);
            case PASSED -> workingDays.plus(term.due(), 1);
        };
    }

    /**
     * True when the reminder is due on {@code today}: its day has come, today is a working day, and (for
     * {@link ReminderKind#NEAR}) the term has not passed yet (then only {@link ReminderKind#PASSED} makes sense).
     */
    public boolean isDue(Term term, ReminderKind kind, LocalDate today) {
        if (!workingDays.isWorkingDay(today) || today.isBefore(sendOn(term, kind))) {
            return false;
        }
        return kind == ReminderKind.PASSED || !today.isAfter(term.due());
    }
}
