package nl.vhkgateway.domain.submission;

import java.util.regex.Pattern;

/**
 * Reason codes recorded with every state change and failure: short upper-case identifiers, never free text (so
 * they cannot carry personal data). Other parts of the system define their own codes in the same shape.
 */
public final class ReasonCodes {

    public static final String STORED = "STORED";
    public static final String FORWARDED_UNSCREENED = "FORWARDED_UNSCREENED";
    public static final String ALL_MESSAGES_SENT = "ALL_MESSAGES_SENT";
    public static final String RELEASED_FROM_INBOX = "RELEASED_FROM_INBOX";
    public static final String ROUTING_FAILED = "ROUTING_FAILED";
    public static final String SEND_FAILED = "SEND_FAILED";
    public static final String MAX_ATTEMPTS_REACHED = "MAX_ATTEMPTS_REACHED";
    public static final String REPROCESS_REQUESTED = "REPROCESS_REQUESTED";
    /** The outbox guard could not decide (an exception): counts as a failed sending attempt. */
    public static final String GUARD_FAILED = "GUARD_FAILED";
    public static final String MESSAGE_TOO_LARGE = "MESSAGE_TOO_LARGE";

    private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    private ReasonCodes() {
    }

    /** Returns {@code code} when it has the shape of a reason code ({@code [A-Z][A-Z0-9_]{1,63}}), else throws. */
    public static String require(String code) {
        if (code == null || !SHAPE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a reason code: " + code);
        }
        return code;
    }
}
