package nl.vhkgateway.domain.participant;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One X.509 certificate as uploaded by the beheerder in PEM form: a participant's S/MIME signing certificate or a
 * partner's S/MIME encryption certificate. Parsing with the JDK's X.509 factory happens once, at construction;
 * anything that is not exactly one certificate (nothing, several, a private key, garbage) is refused with a Dutch
 * message. Immutable and thread-safe.
 */
public final class PemCertificate {

    /** Upper bound of an uploaded PEM text; a certificate is a few kilobytes. */
    public static final int MAX_PEM_LENGTH = 32 * 1024;

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN CERTIFICATE-----\\s*([A-Za-z0-9+/=\\s]+?)\\s*-----END CERTIFICATE-----");
    private static final int SAN_RFC822_NAME = 1;
    private static final int KEY_USAGE_DIGITAL_SIGNATURE = 0;
    private static final int KEY_USAGE_NON_REPUDIATION = 1;
    private static final int KEY_USAGE_KEY_ENCIPHERMENT = 2;
    private static final int KEY_USAGE_KEY_AGREEMENT = 4;

    private final X509Certificate certificate;
    private final String pem;
    private final String sha256;

    private PemCertificate(X509Certificate certificate) {
        this.certificate = certificate;
        try {
            byte[] der = certificate.getEncoded();
            this.sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(der));
            this.pem = "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateException | NoSuchAlgorithmException e) {
            throw new InvalidCertificateException("Het certificaat kan niet worden gelezen.", e);
        }
    }

    /**
     * @param pemText the uploaded text: exactly one "-----BEGIN CERTIFICATE-----" block (text around it is ignored)
     * @throws InvalidCertificateException with a Dutch message when the text is not exactly one certificate
     */
    public static PemCertificate parse(String pemText) {
        if (pemText == null || pemText.isBlank()) {
            throw new InvalidCertificateException("Er is geen certificaat meegestuurd.");
        }
        if (pemText.length() > MAX_PEM_LENGTH) {
            throw new InvalidCertificateException("Het certificaat is te groot (meer dan 32 kB).");
        }
        if (pemText.contains("PRIVATE KEY")) {
            throw new InvalidCertificateException("Dit bestand bevat een privésleutel. Stuur alleen het certificaat"
                    + " (het openbare deel); bewaar de privésleutel veilig en beschouw deze als gelekt.");
        }
        Matcher matcher = BLOCK.matcher(pemText);
        List<String> blocks = new ArrayList<>();
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        if (blocks.isEmpty()) {
            throw new InvalidCertificateException("Dit is geen certificaat in PEM-formaat (verwacht: een blok dat"
                    + " begint met -----BEGIN CERTIFICATE-----).");
        }
        if (blocks.size() > 1) {
            throw new InvalidCertificateException("Stuur precies één certificaat, niet een keten van "
                    + blocks.size() + " certificaten.");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(blocks.get(0));
        } catch (IllegalArgumentException e) {
            throw new InvalidCertificateException("Het certificaat is beschadigd (ongeldige Base64-tekst).", e);
        }
        return fromDer(der);
    }

    /** The certificate in DER form (e.g. taken from a signature). */
    public static PemCertificate fromDer(byte[] der) {
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            Collection<? extends Certificate> certificates = factory.generateCertificates(new ByteArrayInputStream(der));
            if (certificates.size() != 1 || !(certificates.iterator().next() instanceof X509Certificate x509)) {
                throw new InvalidCertificateException("Stuur precies één X.509-certificaat.");
            }
            return new PemCertificate(x509);
        } catch (CertificateException e) {
            throw new InvalidCertificateException("Het certificaat is beschadigd of geen X.509-certificaat.", e);
        }
    }

    public static PemCertificate of(X509Certificate certificate) {
        return new PemCertificate(certificate);
    }

    public X509Certificate x509() {
        return certificate;
    }

    /** The certificate re-encoded as PEM (64-character lines). */
    public String pem() {
        return pem;
    }

    /** SHA-256 fingerprint of the DER encoding, lower-case hex (64 characters). */
    public String sha256Fingerprint() {
        return sha256;
    }

    /** Subject distinguished name (RFC 2253). */
    public String subject() {
        return certificate.getSubjectX500Principal().getName();
    }

    /** Issuer distinguished name (RFC 2253). */
    public String issuer() {
        return certificate.getIssuerX500Principal().getName();
    }

    public Instant notBefore() {
        return certificate.getNotBefore().toInstant();
    }

    public Instant notAfter() {
        return certificate.getNotAfter().toInstant();
    }

    /** True when the certificate's validity period contains the instant. */
    public boolean isValidAt(Instant instant) {
        return !instant.isBefore(notBefore()) && !instant.isAfter(notAfter());
    }

    /** The mail addresses the certificate names (subjectAltName rfc822Name entries), lower case. */
    public List<String> mailAddresses() {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names == null) {
                return List.of();
            }
            return names.stream()
                    .filter(entry -> entry.size() >= 2 && Integer.valueOf(SAN_RFC822_NAME).equals(entry.get(0)))
                    .map(entry -> String.valueOf(entry.get(1)).toLowerCase(Locale.ROOT))
                    .toList();
        } catch (CertificateParsingException e) {
            return List.of();
        }
    }

    /** False only when the certificate has a key-usage extension that rules out signing mail. */
    public boolean allowsSigning() {
        boolean[] usage = certificate.getKeyUsage();
        return usage == null || usage[KEY_USAGE_DIGITAL_SIGNATURE] || usage[KEY_USAGE_NON_REPUDIATION];
    }

    /**
     * False only when the certificate has a key-usage extension that rules out receiving encrypted mail
     * (neither keyEncipherment for RSA nor keyAgreement for EC keys).
     */
    public boolean allowsEncryption() {
        boolean[] usage = certificate.getKeyUsage();
        return usage == null || usage[KEY_USAGE_KEY_ENCIPHERMENT] || usage[KEY_USAGE_KEY_AGREEMENT];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PemCertificate other && sha256.equals(other.sha256);
    }

    @Override
    public int hashCode() {
        return sha256.hashCode();
    }

    @Override
    public String toString() {
        return "PemCertificate[sha256=" + sha256 + "]";
    }
}
