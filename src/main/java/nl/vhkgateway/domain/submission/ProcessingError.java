package nl.vhkgateway.domain.submission;

import nl.vhkgateway.domain.mail.MailAddress;

import java.util.Objects;

/**
 * Why the last attempt failed: a reason code and a short technical reason for the beheerder (an exception type and
 * a server reply, with e-mail addresses masked and the length capped). Never card text. Immutable.
 */
public record ProcessingError(String code, String reason) {

    public static final int MAX_REASON_LENGTH = 500;

    public ProcessingError {
        ReasonCodes.require(code);
        Objects.requireNonNull(reason, "reason");
        reason = MailAddress.maskAll(reason.strip().replaceAll("[\\r\\n\\t]+", " "));
        if (reason.length() > MAX_REASON_LENGTH) {
            reason = reason.substring(0, MAX_REASON_LENGTH - 1) + "…";
        }
    }

    /** An error from an exception: its simple class name and message (masked, capped). */
    public static ProcessingError of(String code, Throwable failure) {
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        return new ProcessingError(code, failure.getClass().getSimpleName() + message);
    }
}
