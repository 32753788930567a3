package nl.vhkgateway.application.intake.messages;

import java.util.Objects;

/**
 * A composed message: subject and plain-text body, in Dutch. The subject never holds a line break (no header
 * injection). Send the body as {@code text/plain; charset=UTF-8}. Immutable.
 *
 * @param subject the subject line
 * @param text    the body, lines separated by "\n" (the mail layer writes CRLF)
 */
public record MailText(String subject, String text) {

    public MailText {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if (subject.indexOf('\r') >= 0 || subject.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a subject is one line");
        }
    }
}
