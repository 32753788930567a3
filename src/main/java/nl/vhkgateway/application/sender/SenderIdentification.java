package nl.vhkgateway.application.sender;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Objects;
import java.util.Optional;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.participant.Participant;

/**
 * Finds the registered participant a message claims to come from: exactly one {@code From} field with exactly one
 * address (parsed strictly; only the address counts, never the display name), looked up case-insensitively. The
 * participant may be inactive: {@link ActiveParticipantCheck} refuses that. Thread-safe.
 */
public final class SenderIdentification {

    private final ParticipantLookup directory;

    public SenderIdentification(ParticipantLookup directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    /** The outcome: a registered participant, or the unknown-sender verdict. */
    public sealed interface Identification {
    }

    /** @param participant the registered participant (active or not) */
    public record Known(Participant participant) implements Identification {
    }

    /** @param verdict the verdict for an unknown sender */
    public record Unknown(SenderVerdict.UnknownSender verdict) implements Identification {
    }

    public Identification identify(MimeMessage message) {
        String[] fromFields;
        try {
            fromFields = message.getHeader("From");
        } catch (MessagingException e) {
            fromFields = null;
        }
        if (fromFields == null || fromFields.length != 1) {
            return unknown(UnknownSenderReason.NO_SINGLE_FROM, fromFields == null ? "" : String.join(", ", fromFields));
        }
        InternetAddress[] addresses;
        try {
            addresses = InternetAddress.parseHeader(fromFields[0], true);
        } catch (MessagingException e) {
            return unknown(UnknownSenderReason.NO_SINGLE_FROM, fromFields[0]);
        }
        if (addresses.length != 1 || addresses[0].isGroup()) {
            return unknown(UnknownSenderReason.NO_SINGLE_FROM, fromFields[0]);
        }
        String claimed = Optional.ofNullable(addresses[0].getAddress()).orElse("");
        Optional<MailAddress> address = MailAddress.parse(claimed);
        if (address.isEmpty()) {
            return unknown(UnknownSenderReason.NO_SINGLE_FROM, claimed);
        }
        return directory.findByMailAddress(address.get())
                .<Identification>map(Known::new)
                .orElseGet(() -> unknown(UnknownSenderReason.NOT_REGISTERED, claimed));
    }

    /**
     * The one address of the one {@code From} field, parsed as strictly as {@link #identify} does; empty when there
     * is not exactly one usable address.
     */
    public static Optional<MailAddress> singleFromAddress(MimeMessage message) {
        try {
            String[] fromFields = message.getHeader("From");
            if (fromFields == null || fromFields.length != 1) {
                return Optional.empty();
            }
            InternetAddress[] addresses = InternetAddress.parseHeader(fromFields[0], true);
            if (addresses.length != 1 || addresses[0].isGroup()) {
                return Optional.empty();
            }
            return MailAddress.parse(Optional.ofNullable(addresses[0].getAddress()).orElse(""));
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }

    private static Identification unknown(UnknownSenderReason reason, String claimed) {
        return new Unknown(new SenderVerdict.UnknownSender(reason, claimed));
    }
}
