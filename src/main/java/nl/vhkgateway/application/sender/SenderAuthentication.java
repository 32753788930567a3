package nl.vhkgateway.application.sender;

import nl.vhkgateway.domain.mail.MailAddress;

import jakarta.mail.MessagingException;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import nl.vhkgateway.domain.participant.OrganisationId;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.participant.PemCertificate;
import nl.vhkgateway.application.sender.AuthenticationResults;
import nl.vhkgateway.application.sender.AuthenticationResultsPolicy;
import nl.vhkgateway.application.sender.InboundMail;
import nl.vhkgateway.application.sender.SignatureForm;
import nl.vhkgateway.application.sender.SignedMail;

/**
 * Establishes that a registered participant's message really comes from that participant, by the method the
 * beheerder chose for the participant's organisation ({@link SenderAuthenticationMethod}; when none is chosen:
 * S/MIME for a participant with a registered signing certificate, DKIM otherwise):
 * <ul>
 *   <li>S/MIME: a valid signature made with exactly the registered certificate, valid at receipt;</li>
 *   <li>DKIM: a valid signature whose signing domain is aligned with the From domain (the same, a parent or a
 *       subdomain), verified by the gateway itself or reported as {@code dkim=pass} by the receiving server in an
 *       {@code Authentication-Results} header with its authserv-id ({@link SenderAuthenticationPolicy}).</li>
 * </ul>
 * The answer is how the sender was authenticated (a code for the audit log), or empty when it was not. Thread-safe.
 */
public final class SenderAuthentication {

    /** Audit codes of how a sender was authenticated. */
    public static final String SMIME = "SMIME";
    public static final String DKIM_GATEWAY = "DKIM_GATEWAY";
    public static final String DKIM_AUTHENTICATION_RESULTS = "DKIM_AUTHENTICATION_RESULTS";
    /** Demo mode only: the sender could not be authenticated and was taken in all the same. */
    public static final String NONE_DEMO = "NONE_DEMO";

    private final SenderAuthenticationPolicy policy;
    private final AuthenticationResultsPolicy authenticationResults;
    private final DkimVerification dkim;
    private final Function<OrganisationId, Optional<SenderAuthenticationMethod>> chosenMethods;

    public SenderAuthentication(SenderAuthenticationPolicy policy, AuthenticationResultsPolicy authenticationResults,
                                DkimVerification dkim,
                                Function<OrganisationId, Optional<SenderAuthenticationMethod>> chosenMethods) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.authenticationResults = Objects.requireNonNull(authenticationResults, "authenticationResults");
        this.dkim = Objects.requireNonNull(dkim, "dkim");
        this.chosenMethods = Objects.requireNonNull(chosenMethods, "chosenMethods");
        if (policy.dkimSource() == SenderAuthenticationPolicy.DkimSource.AUTHENTICATION_RESULTS
                && !authenticationResults.enabled()) {
            throw new IllegalArgumentException("DKIM from Authentication-Results needs vhk.intake.authserv-id");
        }
    }

    public SenderAuthenticationPolicy policy() {
        return policy;
    }

    /** The method that applies to this participant. */
    public SenderAuthenticationMethod methodFor(Participant participant) {
        return chosenMethods.apply(participant.organisation().id())
                .orElse(participant.signingCertificate().isPresent() ? SenderAuthenticationMethod.SMIME
                        : SenderAuthenticationMethod.DKIM);
    }

    /**
     * @return how the sender was authenticated ({@link #SMIME}, {@link #DKIM_GATEWAY},
     *         {@link #DKIM_AUTHENTICATION_RESULTS}, or {@link #NONE_DEMO} when not required); empty when the sender
     *         is not authenticated and authentication is required
     */
    public Optional<String> authenticate(InboundMail mail, Participant participant) {
        Optional<String> how = switch (methodFor(participant)) {
            case SMIME -> smime(mail, participant);
            case DKIM -> dkim(mail, participant);
        };
        if (how.isPresent() || policy.required()) {
            return how;
        }
        return Optional.of(NONE_DEMO);
    }

    /**
     * Authenticates mail from an address that is not a registered participant (the voorzitter's planning keywords):
     * DKIM of the address's domain, verified as configured for participants ({@link SenderAuthenticationPolicy});
     * {@link #NONE_DEMO} when authentication is not required (demo mode).
     *
     * @return how the sender was authenticated, or empty
     */
    public Optional<String> authenticateAddress(InboundMail mail, MailAddress address) {
        Optional<String> how = dkimOf(mail, address.domain().toLowerCase(Locale.ROOT));
        if (how.isPresent() || policy.required()) {
            return how;
        }
        return Optional.of(NONE_DEMO);
    }

    private static Optional<String> smime(InboundMail mail, Participant participant) {
        Optional<PemCertificate> certificate = participant.signingCertificate();
        if (certificate.isEmpty()) {
            return Optional.empty();
        }
        SignatureForm form = mail.signedMail().form();
        if (form != SignatureForm.DETACHED && form != SignatureForm.OPAQUE) {
            return Optional.empty();
        }
        return mail.signedMail().verify(certificate.get().x509(), mail.receivedAt()) == SignedMail.Check.VALID
                ? Optional.of(SMIME) : Optional.empty();
    }

    private Optional<String> dkim(InboundMail mail, Participant participant) {
        return dkimOf(mail, participant.mailAddress().domain().toLowerCase(Locale.ROOT));
    }

    private Optional<String> dkimOf(InboundMail mail, String fromDomain) {
        if (policy.dkimSource() == SenderAuthenticationPolicy.DkimSource.GATEWAY) {
            List<String> domains = dkim.verifiedDomains(mail.message());
            return domains.stream().anyMatch(d -> aligned(d, fromDomain)) ? Optional.of(DKIM_GATEWAY)
                    : Optional.empty();
        }
        return passInAuthenticationResults(mail, fromDomain) ? Optional.of(DKIM_AUTHENTICATION_RESULTS)
                : Optional.empty();
    }

    private boolean passInAuthenticationResults(InboundMail mail, String fromDomain) {
        String[] values;
        try {
            values = mail.message().getHeader("Authentication-Results");
        } catch (MessagingException e) {
            return false;
        }
        if (values == null) {
            return false;
        }
        String trusted = authenticationResults.authservId().orElseThrow();
        for (String value : values) {
            Optional<AuthenticationResults> results = AuthenticationResults.parse(value)
                    .filter(r -> r.authservId().equals(trusted));
            if (results.isPresent() && results.get().resultsOf("dkim").stream()
                    .filter(r -> r.result().equals("pass"))
                    .map(r -> r.property("header.d").or(() -> r.property("header.i")
                            .map(i -> i.substring(i.lastIndexOf('@') + 1))))
                    .flatMap(Optional::stream)
                    .anyMatch(d -> aligned(d.toLowerCase(Locale.ROOT), fromDomain))) {
                return true;
            }
        }
        return false;
    }

    /** Relaxed alignment (RFC 7489 §3.1.1, simplified to parent/sub-domain without the public suffix list). */
    static boolean aligned(String signingDomain, String fromDomain) {
        if (signingDomain.indexOf('.') <= 0) {
            return false; // a top-level domain ("nl") is nobody's organisation
        }
        return signingDomain.equals(fromDomain) || fromDomain.endsWith("." + signingDomain)
                || signingDomain.endsWith("." + fromDomain);
    }
}
