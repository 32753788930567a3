package nl.vhkgateway.application.sender;

import java.security.cert.X509Certificate;
import java.util.List;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.participant.PemCertificate;

/**
 * When a participant has a registered signing certificate, its message must carry a valid S/MIME signature
 * (clear-signed or opaque) made with exactly that certificate, over unaltered content, with the certificate valid
 * at receipt. An encrypted message is refused for everyone: the gateway cannot open it, so cannot screen it.
 * Thread-safe.
 */
public final class SmimeSignatureCheck implements SenderCheck {

    @Override
    public List<SenderRefusalReason> check(InboundMail mail, Participant participant) {
        SignedMail signed = mail.signedMail();
        if (signed.form() == SignatureForm.ENCRYPTED) {
            return List.of(SenderRefusalReason.MESSAGE_ENCRYPTED);
        }
        if (participant.signingCertificate().isEmpty()) {
            return List.of();
        }
        if (signed.form() == SignatureForm.UNSIGNED) {
            return List.of(SenderRefusalReason.SIGNATURE_MISSING);
        }
        if (signed.form() == SignatureForm.MALFORMED) {
            return List.of(SenderRefusalReason.SIGNATURE_INVALID);
        }
        X509Certificate expected = participant.signingCertificate().map(PemCertificate::x509).orElseThrow();
        return switch (signed.verify(expected, mail.receivedAt())) {
            case VALID -> List.of();
            case NOT_SIGNED -> List.of(SenderRefusalReason.SIGNATURE_MISSING);
            case OTHER_SIGNER -> List.of(SenderRefusalReason.SIGNATURE_WRONG_CERTIFICATE);
            case INVALID -> List.of(SenderRefusalReason.SIGNATURE_INVALID);
            case CERTIFICATE_NOT_VALID -> List.of(SenderRefusalReason.CERTIFICATE_NOT_VALID);
        };
    }
}
