package nl.vhkgateway.infrastructure.crypto;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.vhkgateway.application.sender.SignatureForm;
import nl.vhkgateway.application.sender.SignedMail;
import nl.vhkgateway.application.sender.SignedMailReader;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSVerifierCertificateNotValidException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.mail.smime.SMIMEException;
import org.bouncycastle.mail.smime.SMIMESigned;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * {@link SignedMailReader} with Bouncy Castle (bcjmail): recognises clear-signed {@code multipart/signed}
 * (protocol application/pkcs7-signature) and opaque {@code application/pkcs7-mime; smime-type=signed-data}
 * messages, and encrypted ones (enveloped-data) so that they can be refused. Only the message's top level counts:
 * a signed part nested inside another multipart is not a signature of the message. A signature is checked with the
 * <b>registered</b> certificate's public key; certificates carried in the message are ignored. Thread-safe.
 */
public final class BcSignedMailReader implements SignedMailReader {

    private static final Logger LOG = Logger.getLogger(BcSignedMailReader.class.getName());
    private static final Set<String> SIGNATURE_PROTOCOLS = Set.of("application/pkcs7-signature",
            "application/x-pkcs7-signature");
    private static final Set<String> ENCRYPTED_TYPES = Set.of("enveloped-data", "authenveloped-data");

    @Override
    public SignedMail read(MimeMessage message) {
        try {
            ContentType type = new ContentType(message.getContentType());
            if (type.match("multipart/signed")) {
                String protocol = Optional.ofNullable(type.getParameter("protocol")).orElse("")
                        .toLowerCase(Locale.ROOT);
                if (!SIGNATURE_PROTOCOLS.contains(protocol)) {
                    return Unsigned.INSTANCE; // e.g. PGP/MIME: not an S/MIME signature
                }
                if (!(message.getContent() instanceof MimeMultipart multipart)) {
                    return Malformed.INSTANCE;
                }
                SMIMESigned signed = new SMIMESigned(multipart);
                return new Signed(SignatureForm.DETACHED, signed, signed.getContent());
            }
            if (type.match("application/pkcs7-mime") || type.match("application/x-pkcs7-mime")) {
                String smimeType = Optional.ofNullable(type.getParameter("smime-type")).orElse("")
                        .toLowerCase(Locale.ROOT);
                if (ENCRYPTED_TYPES.contains(smimeType)) {
                    return new Simple(SignatureForm.ENCRYPTED);
                }
                if (!smimeType.isEmpty() && !smimeType.equals("signed-data")) {
                    return Malformed.INSTANCE; // compressed-data, certs-only: nothing the gateway accepts
                }
                SMIMESigned signed = new SMIMESigned(message);
                return new Signed(SignatureForm.OPAQUE, signed, signed.getContent());
            }
            return Unsigned.INSTANCE;
        } catch (MessagingException | CMSException | SMIMEException | java.io.IOException | RuntimeException e) {
            LOG.log(Level.FINE, "S/MIME structure not readable: {0}", e.getClass().getName());
            return Malformed.INSTANCE;
        }
    }

    private record Simple(SignatureForm form) implements SignedMail {

        @Override
        public Optional<MimeBodyPart> signedContent() {
            return Optional.empty();
        }

        @Override
        public Check verify(X509Certificate expected, Instant receivedAt) {
            return Check.NOT_SIGNED;
        }
    }

    private static final class Unsigned {
        static final SignedMail INSTANCE = new Simple(SignatureForm.UNSIGNED);
    }

    private static final class Malformed {
        static final SignedMail INSTANCE = new Simple(SignatureForm.MALFORMED);
    }

    private static final class Signed implements SignedMail {

        private final SignatureForm form;
        private final SMIMESigned signed;
        private final MimeBodyPart content;

        Signed(SignatureForm form, SMIMESigned signed, MimeBodyPart content) {
            this.form = form;
            this.signed = signed;
            this.content = content;
        }

        @Override
        public SignatureForm form() {
            return form;
        }

        @Override
        public Optional<MimeBodyPart> signedContent() {
            return Optional.of(content);
        }

        @Override
        public Check verify(X509Certificate expected, Instant receivedAt) {
            Instant notBefore = expected.getNotBefore().toInstant();
            Instant notAfter = expected.getNotAfter().toInstant();
            if (receivedAt.isBefore(notBefore) || receivedAt.isAfter(notAfter)) {
                return Check.CERTIFICATE_NOT_VALID;
            }
            X509CertificateHolder holder;
            try {
                holder = new JcaX509CertificateHolder(expected);
            } catch (CertificateEncodingException e) {
                return Check.INVALID;
            }
            Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
            if (signers.isEmpty()) {
                return Check.NOT_SIGNED;
            }
            boolean matched = false;
            for (SignerInformation signer : signers) {
                if (!signer.getSID().match(holder)) {
                    continue;
                }
                matched = true;
                try {
                    if (signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(expected))) {
                        return Check.VALID;
                    }
                } catch (CMSVerifierCertificateNotValidException e) {
                    return Check.CERTIFICATE_NOT_VALID;
                } catch (CMSException | OperatorCreationException | RuntimeException e) {
                    LOG.log(Level.FINE, "signature does not verify: {0}", e.getClass().getName());
                }
            }
            return matched ? Check.INVALID : Check.OTHER_SIGNER;
        }
    }
}
