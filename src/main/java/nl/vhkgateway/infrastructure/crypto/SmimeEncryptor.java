package nl.vhkgateway.infrastructure.crypto;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.mail.smime.SMIMEAuthEnvelopedGenerator;
import org.bouncycastle.mail.smime.SMIMEEnvelopedGenerator;
import org.bouncycastle.mail.smime.SMIMEException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.operator.jcajce.JcaAlgorithmParametersConverter;

import javax.crypto.spec.OAEPParameterSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.crypto.spec.PSource;
import java.security.InvalidAlgorithmParameterException;
import java.security.Provider;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.time.Clock;
import java.util.Date;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Encrypts a handover for a partner's S/MIME certificate (Bouncy Castle, CMS EnvelopedData / AuthEnvelopedData).
 * <p>
 * Defaults, chosen for interoperability: content encryption <b>AES-256-CBC</b> and key transport <b>RSA PKCS#1
 * v1.5</b>, which every S/MIME client (Outlook, Thunderbird, Apple Mail) and {@code openssl smime -decrypt}
 * reads. Stronger options for partners whose software supports them (RFC 8551, S/MIME 4.0):
 * {@link ContentEncryption#AES256_GCM} (AuthEnvelopedData: authenticated, so the ciphertext cannot be altered
 * unnoticed, EFAIL) and {@link KeyTransport#RSA_OAEP_SHA256}; both decrypt with {@code openssl cms -decrypt}.
 * <p>
 * The partner certificate must hold an RSA key of at least 2048 bits, be valid now, and, when it has the
 * extensions, allow key encipherment and e-mail protection; otherwise {@link CertificateNotUsableException}. Only
 * the body is encrypted: the headers of a message (subject included) travel in the clear, so they must not carry
 * personal data. Thread-safe.
 */
public final class SmimeEncryptor {

    /** How the content is encrypted. */
    public enum ContentEncryption {
        /** AES-256 in CBC mode, EnvelopedData ({@code smime-type=enveloped-data}): read by every client. */
        AES256_CBC(CMSAlgorithm.AES256_CBC),
        /** AES-256 in GCM mode, AuthEnvelopedData ({@code smime-type=authEnveloped-data}): authenticated. */
        AES256_GCM(CMSAlgorithm.AES256_GCM);

        private final ASN1ObjectIdentifier oid;

        ContentEncryption(ASN1ObjectIdentifier oid) {
            this.oid = oid;
        }
    }

    /** How the content key is encrypted for the partner's RSA key. */
    public enum KeyTransport {
        /** RSAES-PKCS1-v1_5: read by every client. */
        RSA_PKCS1,
        /** RSAES-OAEP with SHA-256 and MGF1-SHA-256. */
        RSA_OAEP_SHA256
    }

    static final int MIN_RSA_BITS = 2048;
    private static final String EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4";
    private static final String ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";
    private static final int KEY_ENCIPHERMENT = 2;
    private static final Provider BC = new BouncyCastleProvider();

    private final ContentEncryption contentEncryption;
    private final KeyTransport keyTransport;
    private final Clock clock;

    /** AES-256-CBC with RSA PKCS#1 v1.5 key transport. */
    public SmimeEncryptor() {
        this(ContentEncryption.AES256_CBC, KeyTransport.RSA_PKCS1, Clock.systemUTC());
    }

    public SmimeEncryptor(ContentEncryption contentEncryption, KeyTransport keyTransport, Clock clock) {
        this.contentEncryption = Objects.requireNonNull(contentEncryption, "contentEncryption");
        this.keyTransport = Objects.requireNonNull(keyTransport, "keyTransport");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Reads the configuration values ("AES256_CBC", "RSA_PKCS1"...), failing fast with the key's name. */
    public static SmimeEncryptor fromConfig(String contentEncryption, String keyTransport) {
        return new SmimeEncryptor(constant(ContentEncryption.class, contentEncryption,
                "vhk.smime.content-encryption"), constant(KeyTransport.class, keyTransport,
                "vhk.smime.key-transport"), Clock.systemUTC());
    }

    /**
     * Encrypts a body part (for instance a multipart with a note and the card) for the partner. The result is an
     * {@code application/pkcs7-mime} part ({@code smime.p7m}).
     */
    public MimeBodyPart encrypt(MimeBodyPart content, X509Certificate partner) {
        Objects.requireNonNull(content, "content");
        requireUsable(partner);
        try {
            return materialise(generator(partner).generate(content, encryptor()));
        } catch (SMIMEException | CMSException | MessagingException | IOException e) {
            throw new SmimeException("S/MIME encryption failed", e);
        }
    }

    /**
     * Encrypts the body of a message for the partner and returns a new message with the same headers (From, To,
     * Subject, Date...) whose body is the {@code application/pkcs7-mime} envelope. The original is not changed.
     */
    public MimeMessage encrypt(MimeMessage message, X509Certificate partner, Session session) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(session, "session");
        requireUsable(partner);
        try {
            MimeBodyPart envelope = materialise(generator(partner).generate(message, encryptor()));
            MimeMessage encrypted = new MimeMessage(session);
            Enumeration<Header> headers = message.getAllHeaders();
            while (headers.hasMoreElements()) {
                Header header = headers.nextElement();
                String name = header.getName().toLowerCase(Locale.ROOT);
                if (!name.startsWith("content-") && !name.equals("mime-version")) {
                    encrypted.addHeader(header.getName(), header.getValue());
                }
            }
            encrypted.setContent(envelope.getContent(), envelope.getContentType());
            for (String name : List.of("Content-Transfer-Encoding", "Content-Disposition", "Content-Description")) {
                String[] values = envelope.getHeader(name);
                if (values != null && values.length > 0) {
                    encrypted.setHeader(name, values[0]);
                }
            }
            encrypted.saveChanges();
            return encrypted;
        } catch (SMIMEException | CMSException | MessagingException | IOException e) {
            throw new SmimeException("S/MIME encryption failed", e);
        }
    }

    /**
     * Bouncy Castle encrypts lazily, each time the part is written, with the same key and IV; AES-GCM rightly
     * refuses a second run. Encrypting exactly once here gives a part that can be written any number of times
     * (and fails here, not later in the SMTP transport).
     */
    private static MimeBodyPart materialise(MimeBodyPart lazy) throws MessagingException, IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        lazy.writeTo(bytes);
        return new MimeBodyPart(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private SMIMEEnvelopedGenerator generator(X509Certificate partner) {
        SMIMEEnvelopedGenerator generator = contentEncryption == ContentEncryption.AES256_GCM
                ? new SMIMEAuthEnvelopedGenerator()
                : new SMIMEEnvelopedGenerator();
        try {
            JceKeyTransRecipientInfoGenerator recipient = keyTransport == KeyTransport.RSA_OAEP_SHA256
                    ? new JceKeyTransRecipientInfoGenerator(partner, oaepSha256())
                    : new JceKeyTransRecipientInfoGenerator(partner);
            generator.addRecipientInfoGenerator(recipient.setProvider(BC));
        } catch (CertificateEncodingException e) {
            throw new CertificateNotUsableException("the partner certificate cannot be encoded", e);
        }
        return generator;
    }

    private static AlgorithmIdentifier oaepSha256() {
        try {
            return new JcaAlgorithmParametersConverter().getAlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP,
                    new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
                            PSource.PSpecified.DEFAULT));
        } catch (InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("RSA-OAEP with SHA-256 is not available", e);
        }
    }

    private OutputEncryptor encryptor() throws CMSException {
        return new JceCMSContentEncryptorBuilder(contentEncryption.oid).setProvider(BC).build();
    }

    /** Checks that the certificate may be used to encrypt for its holder now. */
    void requireUsable(X509Certificate partner) {
        Objects.requireNonNull(partner, "partner certificate");
        try {
            partner.checkValidity(Date.from(clock.instant()));
        } catch (CertificateExpiredException | CertificateNotYetValidException e) {
            throw new CertificateNotUsableException("the partner certificate is not valid now", e);
        }
        if (!(partner.getPublicKey() instanceof RSAPublicKey rsa)) {
            throw new CertificateNotUsableException("the partner certificate has no RSA key", null);
        }
        if (rsa.getModulus().bitLength() < MIN_RSA_BITS) {
            throw new CertificateNotUsableException("the partner's RSA key is shorter than " + MIN_RSA_BITS
                    + " bits", null);
        }
        boolean[] keyUsage = partner.getKeyUsage();
        if (keyUsage != null && (keyUsage.length <= KEY_ENCIPHERMENT || !keyUsage[KEY_ENCIPHERMENT])) {
            throw new CertificateNotUsableException("the partner certificate does not allow key encipherment",
                    null);
        }
        try {
            List<String> extended = partner.getExtendedKeyUsage();
            if (extended != null && !extended.contains(EMAIL_PROTECTION)
                    && !extended.contains(ANY_EXTENDED_KEY_USAGE)) {
                throw new CertificateNotUsableException("the partner certificate is not for e-mail protection", null);
            }
        } catch (CertificateParsingException e) {
            throw new CertificateNotUsableException("the partner certificate's extended key usage is unreadable", e);
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String key) {
        try {
            return Enum.valueOf(type, Objects.requireNonNull(value, key).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": expected one of "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ", got '" + value + "'", e);
        }
    }
}
