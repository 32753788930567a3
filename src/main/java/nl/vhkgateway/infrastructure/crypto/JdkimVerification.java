package nl.vhkgateway.infrastructure.crypto;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

import nl.vhkgateway.application.sender.DkimVerification;
import org.apache.james.jdkim.DKIMVerifier;
import org.apache.james.jdkim.api.PublicKeyRecordRetriever;
import org.apache.james.jdkim.api.SignatureRecord;
import org.apache.james.jdkim.exceptions.FailException;
import org.apache.james.jdkim.impl.DNSPublicKeyRecordRetriever;

/**
 * DKIM verification by the gateway itself with Apache jDKIM: public keys from DNS in production
 * ({@link #withDns()}), from any {@link PublicKeyRecordRetriever} in tests. A message without a valid signature gives
 * an empty list, never an exception. Thread-safe (a new jDKIM verifier per message: it keeps results).
 */
public final class JdkimVerification implements DkimVerification {

    private static final Logger LOG = Logger.getLogger(JdkimVerification.class.getName());

    private final PublicKeyRecordRetriever keys;

    public JdkimVerification(PublicKeyRecordRetriever keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** Public keys from DNS ({@code <selector>._domainkey.<domain>} TXT records). */
    public static JdkimVerification withDns() {
        return new JdkimVerification(new DNSPublicKeyRecordRetriever());
    }

    @Override
    public List<String> verifiedDomains(MimeMessage message) {
        try {
            if (message.getHeader("DKIM-Signature") == null) {
                return List.of();
            }
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            List<SignatureRecord> valid = new DKIMVerifier(keys).verify(new ByteArrayInputStream(raw.toByteArray()));
            if (valid == null) {
                return List.of();
            }
            List<String> domains = new ArrayList<>();
            for (SignatureRecord record : valid) {
                domains.add(record.getDToken().toString().toLowerCase(Locale.ROOT));
            }
            return List.copyOf(domains);
        } catch (FailException e) {
            LOG.fine(() -> "DKIM verification failed: " + e.getClass().getSimpleName());
            return List.of();
        } catch (IOException | MessagingException | RuntimeException e) {
            LOG.log(Level.FINE, "DKIM verification not possible", e);
            return List.of();
        }
    }
}
