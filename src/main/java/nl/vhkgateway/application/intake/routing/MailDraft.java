package nl.vhkgateway.application.intake.routing;

import nl.vhkgateway.application.intake.messages.MailText;
import nl.vhkgateway.domain.mail.MailAddress;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One message the intake wants to send, before it is composed into MIME by {@link OutgoingMailComposer}. Holds the
 * text (and possibly the sanitised card): never log it. Immutable (the attachment bytes are not copied).
 *
 * @param purpose    what it is for (RECEIPT, SUMMARY_VOORZITTER, ...), also part of the deterministic Message-ID
 * @param recipients who gets it
 * @param text       Dutch subject and body
 * @param attachment the sanitised card, when one goes with it
 * @param reply      true for an answer to the sender ({@code Auto-Submitted: auto-replied}, In-Reply-To the
 *                   original); false for a new message ({@code auto-generated})
 * @param headers    extra X-VHK-* headers (see {@link nl.vhkgateway.domain.mail.GatewayHeaders})
 */
public record MailDraft(String purpose, List<MailAddress> recipients, MailText text, Optional<Attachment> attachment,
                        boolean reply, Map<String, String> headers) {

    /** A header name we add ourselves: X-VHK-..., letters, digits and '-'. */
    private static final Pattern HEADER_NAME = Pattern.compile("X-VHK-[A-Za-z0-9-]{1,40}");
    /** A header value: printable ASCII on one line (codes and numbers, never text from a mail). */
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\x20-\\x7e]{1,200}");

    public MailDraft {
        Objects.requireNonNull(purpose, "purpose");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(attachment, "attachment");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        headers.forEach((name, value) -> {
            if (!HEADER_NAME.matcher(name).matches() || !HEADER_VALUE.matcher(value).matches()) {
                throw new IllegalArgumentException("not a gateway header: " + name);
            }
        });
    }

    public MailDraft(String purpose, List<MailAddress> recipients, MailText text, Optional<Attachment> attachment,
                     boolean reply) {
        this(purpose, recipients, text, attachment, reply, Map.of());
    }

    /**
     * This draft with one more header, e.g. {@value nl.vhkgateway.domain.mail.GatewayHeaders#NUMBER}: machine-readable
     * facts (codes, numbers) for the recipient's tooling, never text from a mail.
     */
    public MailDraft withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new MailDraft(purpose, recipients, text, attachment, reply, more);
    }

    /** A new message from the gateway (to the voorzitter, the RvdK or the beheerder). */
    public static MailDraft message(String purpose, MailAddress to, MailText text, Optional<Attachment> attachment) {
        return new MailDraft(purpose, List.of(to), text, attachment, false);
    }

    /** An answer to the sender of the submission. */
    public static MailDraft answer(String purpose, MailAddress to, MailText text) {
        return new MailDraft(purpose, List.of(to), text, Optional.empty(), true);
    }

    /**
     * A file attached to a draft.
     *
     * @param fileName    e.g. "Veiligheidskaart VHT-2026-0042.docx"
     * @param contentType e.g. the .docx media type
     * @param content     the bytes
     */
    public record Attachment(String fileName, String contentType, byte[] content) {

        public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }

        @Override
        public String toString() {
            return "Attachment[" + contentType + ", " + content.length + " bytes]";
        }
    }
}
