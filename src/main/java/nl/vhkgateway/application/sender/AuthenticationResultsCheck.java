package nl.vhkgateway.application.sender;

import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.vhkgateway.domain.participant.Participant;

/**
 * Refuses a participant's message when the receiving mail server reported a failed sender authentication in an
 * {@code Authentication-Results} header (RFC 8601) it wrote itself ({@link AuthenticationResultsPolicy}):
 * <ul>
 *   <li>{@code dmarc=fail} or {@code permerror}: refused (the From domain's own policy says the message is not
 *       theirs);</li>
 *   <li>{@code spf=fail} or {@code permerror}: refused. {@code softfail} is <b>not</b> a refusal: RFC 7208
 *       §8.5 defines it as "probably not authorised, but do not reject on this alone", and DMARC already refuses a
 *       softfail that matters (no aligned pass);</li>
 *   <li>{@code dkim=fail} or {@code permerror} of a signature by the From domain (header.d equal to it, a parent or a
 *       subdomain; or no header.d stated): refused, the message was altered or forged. A failing signature of an
 *       unrelated domain (a forwarding service) says nothing about the participant and is ignored;</li>
 *   <li>{@code none}, {@code neutral}, {@code temperror}, {@code policy}: no refusal (no evidence either way).</li>
 * </ul>
 * When several headers come from the trusted server, any failure in any of them refuses (a forged "pass" cannot
 * hide a real "fail"). Thread-safe.
 */
public final class AuthenticationResultsCheck implements SenderCheck {

    private static final Set<String> FAILURES = Set.of("fail", "permerror");

    private final AuthenticationResultsPolicy policy;

    public AuthenticationResultsCheck(AuthenticationResultsPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public List<SenderRefusalReason> check(InboundMail mail, Participant participant) {
        if (!policy.enabled()) {
            return List.of();
        }
        List<AuthenticationResults> trusted = trustedHeaders(mail);
        if (trusted.isEmpty()) {
            return policy.required() ? List.of(SenderRefusalReason.AUTHENTICATION_RESULTS_MISSING) : List.of();
        }
        String fromDomain = participant.mailAddress().domain();
        List<SenderRefusalReason> reasons = new ArrayList<>();
        if (anyFailure(trusted, "dmarc", fromDomain, false)) {
            reasons.add(SenderRefusalReason.DMARC_FAILED);
        }
        if (anyFailure(trusted, "spf", fromDomain, false)) {
            reasons.add(SenderRefusalReason.SPF_FAILED);
        }
        if (anyFailure(trusted, "dkim", fromDomain, true)) {
            reasons.add(SenderRefusalReason.DKIM_FAILED);
        }
        return reasons;
    }

    private List<AuthenticationResults> trustedHeaders(InboundMail mail) {
        String[] values;
        try {
            values = mail.message().getHeader("Authentication-Results");
        } catch (MessagingException e) {
            values = null;
        }
        if (values == null) {
            return List.of();
        }
        List<AuthenticationResults> trusted = new ArrayList<>();
        for (String value : values) {
            AuthenticationResults.parse(value)
                    .filter(results -> results.authservId().equals(policy.authservId().orElseThrow()))
                    .ifPresent(trusted::add);
        }
        return trusted;
    }

    private static boolean anyFailure(List<AuthenticationResults> headers, String method, String fromDomain,
                                      boolean onlyAligned) {
        return headers.stream()
                .flatMap(h -> h.resultsOf(method).stream())
                .filter(r -> FAILURES.contains(r.result()))
                .anyMatch(r -> !onlyAligned || alignedWith(signingDomain(r), fromDomain));
    }

    private static Optional<String> signingDomain(AuthenticationResults.MethodResult result) {
        return result.property("header.d")
                .or(() -> result.property("header.i").map(i -> i.substring(i.lastIndexOf('@') + 1)))
                .map(d -> d.toLowerCase(Locale.ROOT));
    }

    /** Relaxed alignment: the same domain, or one a subdomain of the other. Unknown domains count as aligned. */
    private static boolean alignedWith(Optional<String> signingDomain, String fromDomain) {
        if (signingDomain.isEmpty()) {
            return true;
        }
        String d = signingDomain.get();
        return d.equals(fromDomain) || d.endsWith("." + fromDomain) || fromDomain.endsWith("." + d);
    }
}
