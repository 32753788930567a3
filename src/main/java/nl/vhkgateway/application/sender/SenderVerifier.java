package nl.vhkgateway.application.sender;

import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.vhkgateway.domain.participant.Participant;

/**
 * Decides who sent an incoming message and whether it is taken in ({@link SenderVerdict}), before any screening:
 * <ol>
 *   <li>machine-made messages (auto-replies, bounces) are set aside, never answered;</li>
 *   <li>the From address must be a registered participant, else unknown sender (quarantine, never answered);</li>
 *   <li>every {@link SenderCheck} runs (by default: active participant, Sender header, Authentication-Results,
 *       S/MIME signature); all failures are collected into one refusal;</li>
 *   <li>otherwise accepted, with the content to screen (the signed content unwrapped).</li>
 * </ol>
 * Thread-safe: one instance serves every message.
 */
public final class SenderVerifier {

    private final AutomatedMessageDetection automated;
    private final SenderIdentification identification;
    private final SignedMailReader signedMailReader;
    private final List<SenderCheck> checks;

    public SenderVerifier(AutomatedMessageDetection automated, SenderIdentification identification,
                          SignedMailReader signedMailReader, List<SenderCheck> checks) {
        this.automated = Objects.requireNonNull(automated, "automated");
        this.identification = Objects.requireNonNull(identification, "identification");
        this.signedMailReader = Objects.requireNonNull(signedMailReader, "signedMailReader");
        this.checks = List.copyOf(checks);
    }

    /** The standard chain of checks. */
    public static SenderVerifier standard(ParticipantLookup directory, SignedMailReader signedMailReader,
                                          AuthenticationResultsPolicy policy) {
        return new SenderVerifier(new AutomatedMessageDetection(), new SenderIdentification(directory),
                signedMailReader, List.of(new ActiveParticipantCheck(), new SenderHeaderCheck(),
                new AuthenticationResultsCheck(policy), new SmimeSignatureCheck()));
    }

    /**
     * @param message    the message as received (parsed from its raw bytes, unchanged)
     * @param receivedAt when the gateway received it
     */
    public SenderVerdict verify(MimeMessage message, Instant receivedAt) {
        Optional<String> automatic = automated.indicator(message);
        if (automatic.isPresent()) {
            return new SenderVerdict.AutomatedMessage(automatic.get());
        }
        SenderIdentification.Identification identified = identification.identify(message);
        if (identified instanceof SenderIdentification.Unknown unknown) {
            return unknown.verdict();
        }
        Participant participant = ((SenderIdentification.Known) identified).participant();
        InboundMail mail = new InboundMail(message, receivedAt, signedMailReader);
        List<SenderRefusalReason> reasons = new ArrayList<>();
        for (SenderCheck check : checks) {
            for (SenderRefusalReason reason : check.check(mail, participant)) {
                if (!reasons.contains(reason)) {
                    reasons.add(reason);
                }
            }
        }
        if (!reasons.isEmpty()) {
            return new SenderVerdict.Refused(participant, reasons);
        }
        return new SenderVerdict.Accepted(participant, mail.contentForScreening(), mail.signedMail().form());
    }
}
