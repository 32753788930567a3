package nl.vhkgateway.application.sender;

import nl.vhkgateway.domain.mail.MailAddress;

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
 *   <li>the sender must be authenticated ({@link SenderAuthentication}: S/MIME or DKIM, required outside demo
 *       mode), else the message is quarantined as {@link UnknownSenderReason#NOT_AUTHENTICATED};</li>
 *   <li>otherwise accepted, with the content to screen (the signed content unwrapped).</li>
 * </ol>
 * Thread-safe: one instance serves every message.
 */
public final class SenderVerifier {

    private final AutomatedMessageDetection automated;
    private final SenderIdentification identification;
    private final SignedMailReader signedMailReader;
    private final List<SenderCheck> checks;
    private final SenderAuthentication authentication;

    public SenderVerifier(AutomatedMessageDetection automated, SenderIdentification identification,
                          SignedMailReader signedMailReader, List<SenderCheck> checks,
                          SenderAuthentication authentication) {
        this.automated = Objects.requireNonNull(automated, "automated");
        this.identification = Objects.requireNonNull(identification, "identification");
        this.signedMailReader = Objects.requireNonNull(signedMailReader, "signedMailReader");
        this.checks = List.copyOf(checks);
        this.authentication = Objects.requireNonNull(authentication, "authentication");
    }

    /** The standard chain of checks, with sender authentication as configured. */
    public static SenderVerifier standard(ParticipantLookup directory, SignedMailReader signedMailReader,
                                          AuthenticationResultsPolicy policy, SenderAuthentication authentication) {
        return new SenderVerifier(new AutomatedMessageDetection(), new SenderIdentification(directory),
                signedMailReader, List.of(new ActiveParticipantCheck(), new SenderHeaderCheck(),
                new AuthenticationResultsCheck(policy), new SmimeSignatureCheck()), authentication);
    }

    /**
     * The standard chain in the demo's weaker mode (authentication recorded when possible, not required); for
     * tests and tools that do not test sender authentication itself.
     */
    public static SenderVerifier standard(ParticipantLookup directory, SignedMailReader signedMailReader,
                                          AuthenticationResultsPolicy policy) {
        return standard(directory, signedMailReader, policy, new SenderAuthentication(
                SenderAuthenticationPolicy.demo(), policy, message -> List.of(), organisation -> Optional.empty()));
    }

    /**
     * For mail from an address that is not a registered participant but may send commands (the voorzitter's
     * planning keywords, docs/agenda.md): whether {@code message} really comes from {@code address}. It must have
     * exactly one From address, equal to {@code address} (case-insensitive), not be machine-made, and be
     * authenticated as participants without a certificate are ({@link SenderAuthentication#authenticateAddress}:
     * DKIM as configured; {@code NONE_DEMO} only in demo mode).
     *
     * @return how the sender was authenticated (an audit code), or empty
     */
    public Optional<String> authenticateAddress(MimeMessage message, Instant receivedAt, MailAddress address) {
        if (automated.indicator(message).isPresent()) {
            return Optional.empty();
        }
        Optional<MailAddress> from = SenderIdentification.singleFromAddress(message);
        if (from.isEmpty() || !from.get().value().equalsIgnoreCase(address.value())) {
            return Optional.empty();
        }
        return authentication.authenticateAddress(new InboundMail(message, receivedAt, signedMailReader), address);
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
        Optional<String> authenticated = authentication.authenticate(mail, participant);
        if (authenticated.isEmpty()) {
            // possibly forged: never forwarded, never answered (the answer would reach the real participant as
            // spam); quarantined with a notice to the beheerder
            return new SenderVerdict.UnknownSender(UnknownSenderReason.NOT_AUTHENTICATED,
                    participant.mailAddress().value());
        }
        return new SenderVerdict.Accepted(participant, mail.contentForScreening(), mail.signedMail().form(),
                authenticated.get());
    }
}
