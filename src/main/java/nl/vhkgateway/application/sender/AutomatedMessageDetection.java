package nl.vhkgateway.application.sender;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises machine-made messages that must never get an automatic answer (RFC 3834 §2, RFC 3464): an
 * {@code Auto-Submitted} value other than "no", an empty envelope sender ({@code Return-Path: <>}, bounces),
 * delivery and disposition reports ({@code multipart/report}), {@code Precedence: bulk/junk/list/auto_reply}, and
 * the common vendor auto-reply headers. Typical case: a participant's out-of-office reply to the gateway's receipt.
 * Thread-safe.
 */
public final class AutomatedMessageDetection {

    private static final Set<String> AUTOMATIC_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");

    /** Which header shows that the message is automatic (a fixed text, never a header value), if any. */
    public Optional<String> indicator(MimeMessage message) {
        try {
            Optional<String> autoSubmitted = first(message, "Auto-Submitted")
                    .map(v -> v.split(";", 2)[0].strip().toLowerCase(Locale.ROOT));
            if (autoSubmitted.isPresent() && !autoSubmitted.get().equals("no")) {
                return Optional.of("Auto-Submitted");
            }
            if (first(message, "Return-Path").map(v -> v.replaceAll("\\s", "")).filter("<>"::equals).isPresent()) {
                return Optional.of("Return-Path: <>");
            }
            String contentType = Optional.ofNullable(message.getContentType()).orElse("").toLowerCase(Locale.ROOT);
            if (contentType.startsWith("multipart/report")) {
                return Optional.of("Content-Type: multipart/report");
            }
            if (first(message, "Precedence").map(v -> v.strip().toLowerCase(Locale.ROOT))
                    .filter(AUTOMATIC_PRECEDENCE::contains).isPresent()) {
                return Optional.of("Precedence");
            }
            for (String vendorHeader : new String[] {"X-Autoreply", "X-Autorespond", "X-Auto-Reply"}) {
                if (first(message, vendorHeader).isPresent()) {
                    return Optional.of(vendorHeader);
                }
            }
            return Optional.empty();
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> first(MimeMessage message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? Optional.empty() : Optional.ofNullable(values[0]);
    }
}
