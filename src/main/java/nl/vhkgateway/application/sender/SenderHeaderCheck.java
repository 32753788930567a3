package nl.vhkgateway.application.sender;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Optional;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.participant.Participant;

/**
 * A {@code Sender} header that names another mailbox than the participant means the message was sent on the
 * participant's behalf (a shared mailbox, a secretary, a mailing list): refused, because the vaste deelnemer is
 * the one who vouches for the card. A Sender equal to From (in any case) is fine.
 * <p>
 * The envelope sender ({@code Return-Path}) is deliberately not compared: legitimate mail systems often use a
 * different bounce address (bounce services, SRS when forwarding), and whether the envelope and From domains may
 * differ is exactly what DMARC alignment decides ({@link AuthenticationResultsCheck}). An empty Return-Path marks
 * an automatic message ({@link AutomatedMessageDetection}). Thread-safe.
 */
public final class SenderHeaderCheck implements SenderCheck {

    @Override
    public List<SenderRefusalReason> check(InboundMail mail, Participant participant) {
        try {
            String[] senders = mail.message().getHeader("Sender");
            if (senders == null || senders.length == 0) {
                return List.of();
            }
            if (senders.length > 1) {
                return List.of(SenderRefusalReason.SENT_ON_BEHALF);
            }
            InternetAddress[] addresses = InternetAddress.parseHeader(senders[0], true);
            Optional<MailAddress> sender = addresses.length == 1
                    ? MailAddress.parse(addresses[0].getAddress()) : Optional.empty();
            return sender.filter(participant.mailAddress()::equals).isPresent()
                    ? List.of() : List.of(SenderRefusalReason.SENT_ON_BEHALF);
        } catch (MessagingException e) {
            return List.of(SenderRefusalReason.SENT_ON_BEHALF);
        }
    }
}
