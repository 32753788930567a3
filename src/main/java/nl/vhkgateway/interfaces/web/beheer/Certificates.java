package nl.vhkgateway.interfaces.web.beheer;

import static nl.vhkgateway.interfaces.web.view.Html.text;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import nl.vhkgateway.domain.participant.PemCertificate;
import nl.vhkgateway.interfaces.web.view.Page;
import nl.vhkgateway.interfaces.web.view.Words;

/** S/MIME certificates on the beheer pages: subject, expiry with a warning 30 days ahead, and PEM upload. */
final class Certificates {

    static final Duration WARN_BEFORE = Duration.ofDays(30);
    private static final int MAX_PEM_BYTES = 64 * 1024;

    private Certificates() {
    }

    /** Subject and expiry in words with a badge; "geen" when there is none. */
    static String summary(Optional<PemCertificate> certificate, Instant now) {
        if (certificate.isEmpty()) {
            return Page.badge("neutral", "geen certificaat");
        }
        return text(certificate.get().subject()) + "<br>" + expiry(certificate.get(), now);
    }

    static String expiry(PemCertificate certificate, Instant now) {
        Instant notAfter = certificate.notAfter();
        if (notAfter.isBefore(now)) {
            return Page.badge("error", "verlopen op " + Words.date(notAfter));
        }
        if (notAfter.isBefore(now.plus(WARN_BEFORE))) {
            return Page.badge("warning", "verloopt binnenkort: " + Words.date(notAfter));
        }
        return Page.badge("ok", "geldig tot " + Words.date(notAfter));
    }

    /** The uploaded PEM text of the field, empty when no file was chosen. */
    static Optional<String> uploaded(HttpServletRequest request, String field) throws IOException, ServletException {
        Part part = request.getPart(field);
        if (part == null || part.getSize() == 0) {
            return Optional.empty();
        }
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_PEM_BYTES + 1);
            if (bytes.length > MAX_PEM_BYTES) {
                return Optional.of("");
            }
            return Optional.of(new String(bytes, StandardCharsets.US_ASCII));
        } finally {
            part.delete();
        }
    }
}
