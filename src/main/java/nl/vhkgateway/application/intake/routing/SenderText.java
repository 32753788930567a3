package nl.vhkgateway.application.intake.routing;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

import java.io.IOException;
import java.util.Optional;

/**
 * The plain text a vaste deelnemer wrote in the mail (the first text/plain part that is not an attachment), to
 * repeat to the voorzitter when the mail was screened clean. Bounded in depth and parts. Stateless.
 */
final class SenderText {

    private static final int MAX_DEPTH = 5;
    private static final int MAX_PARTS = 50;

    private SenderText() {
    }

    static String of(Part message) {
        try {
            return find(message, 0, new int[] {0}).orElse("");
        } catch (MessagingException | IOException | RuntimeException e) {
            return "";
        }
    }

    private static Optional<String> find(Part part, int depth, int[] seen) throws MessagingException, IOException {
        if (depth > MAX_DEPTH || ++seen[0] > MAX_PARTS) {
            return Optional.empty();
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> found = find(child, depth + 1, seen);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
        if (!attachment && part.isMimeType("text/plain") && part.getContent() instanceof String text) {
            return Optional.of(text);
        }
        return Optional.empty();
    }
}
