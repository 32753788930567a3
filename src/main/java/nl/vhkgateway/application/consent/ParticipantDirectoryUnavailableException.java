package nl.vhkgateway.application.consent;

/** No participant register is deployed, so callers cannot be tied to an organisation (HTTP 503). */
public class ParticipantDirectoryUnavailableException extends RuntimeException {

    public ParticipantDirectoryUnavailableException() {
        super("no ParticipantDirectory implementation is deployed");
    }
}
