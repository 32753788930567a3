package nl.vhkgateway.domain.participant;

/** Identity of a registered {@link Participant} (the database key). */
public record ParticipantId(long value) {

    public ParticipantId {
        if (value <= 0) {
            throw new IllegalArgumentException("a participant id is positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
