package nl.vhkgateway.application.intake.messages;

import java.util.Objects;

/**
 * A composed message: subject, plain-text body and the same content as a simple HTML document, in Dutch. The mail
 * layer sends the two bodies as {@code multipart/alternative} ({@link MailBodies}). The plain text is not
 * hard-wrapped (one line per paragraph), so mail clients wrap it to the window. The subject never holds a line break
 * (no header injection). Immutable.
 *
 * @param subject the subject line
 * @param text    the plain body, lines separated by "\n" (the mail layer writes CRLF)
 * @param html    the HTML body: a whole document, every text escaped, nothing external
 */
public record MailText(String subject, String text, String html) {

    public MailText {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a subject is one line");
        }
    }

    /** A message whose HTML is derived from the plain text ({@link Html#fromPlainText}). */
    public MailText(String subject, String text) {
        this(subject, text, Html.fromPlainText(subject, text));
    }

    /** A message laid out with {@link TextLayout}: both bodies from the same layout. */
    static MailText of(String subject, TextLayout layout) {
        return new MailText(subject, layout.toString(), layout.toHtml(subject));
    }
}
