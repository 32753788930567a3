package nl.vhkgateway.infrastructure.crypto;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Keys and self-signed S/MIME certificates made at test time with Bouncy Castle (no private key is committed).
 */
public final class TestCertificates {

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private TestCertificates() {
    }

    /** A key pair and its certificate. */
    public record Identity(KeyPair keys, X509Certificate certificate) {

        public PrivateKey privateKey() {
            return keys.getPrivate();
        }

        public String pem() {
            try {
                return "-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                        + "\n-----END CERTIFICATE-----\n";
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** An RSA identity for the mail address, valid from a day ago for a year, for signing and encryption. */
    public static Identity forAddress(String mailAddress) {
        Instant now = Instant.now();
        return create(mailAddress, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)),
                KeyUsage.digitalSignature | KeyUsage.keyEncipherment);
    }

    public static Identity create(String mailAddress, Instant notBefore, Instant notAfter, int keyUsage) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=Test " + mailAddress + ", O=vhk-gateway tests, E=" + mailAddress);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(notBefore), Date.from(notAfter), subject,
                    keys.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.rfc822Name, mailAddress)));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            return new Identity(keys, certificate);
        } catch (Exception e) {
            throw new IllegalStateException("test certificate cannot be made", e);
        }
    }
}
