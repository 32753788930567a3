package nl.vhkgateway.infrastructure.crypto;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** Partner keys and certificates generated at test time (never stored). */
public final class SmimeTestKeys {

    private SmimeTestKeys() {
    }

    public static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    /** A self-signed e-mail certificate for intake@veiligthuis.test. */
    static X509Certificate certificate(KeyPair keys, Instant notBefore, Instant notAfter, int keyUsage,
                                       KeyPurposeId extendedKeyUsage) throws Exception {
        X500Name subject = new X500Name("CN=Veilig Thuis West-Brabant intake, O=Veilig Thuis, "
                + "E=intake@veiligthuis.test");
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                BigInteger.valueOf(System.nanoTime()), Date.from(notBefore), Date.from(notAfter), subject,
                keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(extendedKeyUsage));
        return new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    }

    public static X509Certificate emailCertificate(KeyPair keys) throws Exception {
        Instant now = Instant.now();
        return certificate(keys, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)),
                KeyUsage.keyEncipherment | KeyUsage.digitalSignature, KeyPurposeId.id_kp_emailProtection);
    }
}
