package nl.vhkgateway.domain.planning;

/** The two notices per term: a reminder before it, and one when it has passed. */
public enum ReminderKind {
    /** {@value ReminderRule#WORKING_DAYS_BEFORE} working days before the due date. */
    NEAR,
    /** The first working day after the due date. */
    PASSED
}
