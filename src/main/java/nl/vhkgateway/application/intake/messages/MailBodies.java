package nl.vhkgateway.application.intake.messages;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The MIME structure and the automatic-mail headers of everything the gateway sends, so every composer builds them
 * the same way:
 * <ul>
 *   <li>the text as {@code multipart/alternative}: {@code text/plain; charset=UTF-8} (paragraphs unwrapped) first,
 *       then {@code text/html} (the preferred, last alternative, RFC 2046 §5.1.4);</li>
 *   <li>with attachments: {@code multipart/mixed} holding that alternative part and then the files;</li>
 *   <li>{@code Auto-Submitted} (RFC 3834: {@code auto-replied} for an answer to a sender's message,
 *       {@code auto-generated} otherwise) and {@code X-Auto-Response-Suppress: All}, so that Exchange/Outlook sends
 *       no out-of-office or read receipts back to the gateway.</li>
 * </ul>
 * Stateless, thread-safe.
 */
public final class MailBodies {

    public static final String AUTO_SUBMITTED = "Auto-Submitted";
    public static final String AUTO_REPLIED = "auto-replied";
    public static final String AUTO_GENERATED = "auto-generated";
    public static final String AUTO_RESPONSE_SUPPRESS = "X-Auto-Response-Suppress";

    private MailBodies() {
    }

    /** The plain text and the HTML of {@code text} as one {@code multipart/alternative}. */
    public static MimeMultipart alternative(MailText text) throws MessagingException {
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(crlf(text.text()), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(crlf(text.html()), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        return alternative;
    }

    /** {@code multipart/mixed}: the alternative text part, then each attachment. */
    public static MimeMultipart mixed(MailText text, List<MimeBodyPart> attachments) throws MessagingException {
        MimeBodyPart body = new MimeBodyPart();
        body.setContent(alternative(text));
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        for (MimeBodyPart attachment : attachments) {
            mixed.addBodyPart(attachment);
        }
        return mixed;
    }

    /** Sets the body of {@code message}: the alternative part alone, or mixed with the attachments. */
    public static void setBody(MimeMessage message, MailText text, List<MimeBodyPart> attachments)
            throws MessagingException {
        message.setContent(attachments.isEmpty() ? alternative(text) : mixed(text, attachments));
    }

    /** The RFC 3834 and Outlook headers: {@code reply} for an answer to the message of a sender. */
    public static void markAutomatic(MimeMessage message, boolean reply) throws MessagingException {
        message.setHeader(AUTO_SUBMITTED, reply ? AUTO_REPLIED : AUTO_GENERATED);
        message.setHeader(AUTO_RESPONSE_SUPPRESS, "All");
    }

    private static String crlf(String text) {
        String normalised = text.replace("\r\n", "\n");
        return (normalised.endsWith("\n") ? normalised : normalised + "\n").replace("\n", "\r\n");
    }
}
