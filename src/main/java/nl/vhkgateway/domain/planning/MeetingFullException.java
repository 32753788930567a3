package nl.vhkgateway.domain.planning;

import java.time.LocalDate;

/** The meeting has no room for another case, or is no meeting at all. */
public final class MeetingFullException extends RuntimeException {

    private final LocalDate meeting;

    public MeetingFullException(LocalDate meeting, String message) {
        super(message);
        this.meeting = meeting;
    }

    public LocalDate meeting() {
        return meeting;
    }
}
