package nl.vhkgateway.application.mailflow;

/**
 * The SMTP server did not accept a message. {@link #permanent()} is true for a 5xx rejection, which retrying will
 * not fix; the dispatcher still counts it as an attempt and lets the beheerder decide.
 */
public class MailSendException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public MailSendException(String message, Throwable cause, boolean permanent) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
