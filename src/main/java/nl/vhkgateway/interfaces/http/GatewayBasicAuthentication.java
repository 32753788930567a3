package nl.vhkgateway.interfaces.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import nl.vhkgateway.application.security.LoginAudit;
import nl.vhkgateway.application.security.LoginNames;
import nl.vhkgateway.application.security.LoginThrottle;
import nl.vhkgateway.infrastructure.crypto.Pbkdf2PasswordHasher;

/**
 * HTTP Basic authentication of the REST API (replaces Jakarta Security's built-in one, which answered 500 to an
 * empty password, a header without a colon or bad Base64). For every login it:
 * <ol>
 *   <li>reads the header defensively ({@link BasicCredentials}): anything unreadable is a plain 401;</li>
 *   <li>asks the {@link LoginThrottle} whether this account and client address may try now: if not, 429 with
 *       {@code Retry-After}, without checking any password (a throttled guess costs the server nothing);</li>
 *   <li>validates against the identity stores (beheerder, participants) with at most as many slow password checks
 *       at once as there are processors, and spends one dummy PBKDF2 check for a name no store knows, so that a
 *       wrong user name costs the same as a wrong password;</li>
 *   <li>records the outcome in the throttle, the log and the audit log ({@link LoginAudit}).</li>
 * </ol>
 * A request without credentials to an unprotected path (the health check) passes anonymously. Thread-safe.
 */
@ApplicationScoped
public class GatewayBasicAuthentication implements HttpAuthenticationMechanism {

    static final String REALM = "vhk-gateway";
    private static final Logger LOG = Logger.getLogger(GatewayBasicAuthentication.class.getName());
    private static final Pbkdf2PasswordHasher DUMMY = new Pbkdf2PasswordHasher();
    private static final Semaphore SLOW_CHECKS = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()),
            true);
    private static final long SLOW_CHECK_WAIT_SECONDS = 10;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Inject
    LoginAudit audit;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return context.isProtected() ? unauthorized(response, context) : context.doNothing();
        }
        Optional<BasicCredentials> credentials = BasicCredentials.parse(header);
        if (credentials.isEmpty() || credentials.get().incomplete()) {
            return unauthorized(response, context);
        }
        BasicCredentials login = credentials.get();
        String address = request.getRemoteAddr();
        String account = LoginNames.account(login.user());
        try {
            LoginThrottle.Admission admission = throttle.admit(account, address);
            if (!admission.allowed()) {
                audit.throttled(login.user(), address, admission);
                return tooManyAttempts(response, admission.retryAfterSeconds());
            }
            Optional<CredentialValidationResult> result = validate(login);
            if (result.isEmpty()) {
                return tooManyAttempts(response, 1);
            }
            if (result.get().getStatus() == CredentialValidationResult.Status.VALID) {
                throttle.succeeded(account, address);
                audit.succeeded(login.user(), address);
                return context.notifyContainerAboutLogin(result.get());
            }
            LoginThrottle.Failure failure = throttle.failed(account, address);
            audit.failed(login.user(), address, failure);
            return unauthorized(response, context);
        } finally {
            Arrays.fill(login.password(), '\0');
        }
    }

    /** Empty when the server is too busy with password checks (answered as "try again in a second"). */
    private Optional<CredentialValidationResult> validate(BasicCredentials login) {
        try {
            if (!SLOW_CHECKS.tryAcquire(SLOW_CHECK_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warning("Login refused: too many password checks at once");
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            CredentialValidationResult result = identityStores.validate(
                    new UsernamePasswordCredential(login.user(), new Password(login.password().clone())));
            if (result.getStatus() == CredentialValidationResult.Status.NOT_VALIDATED) {
                DUMMY.burnTime(login.password()); // nobody knows this name: cost the same as a wrong password
            }
            return Optional.of(result);
        } finally {
            SLOW_CHECKS.release();
        }
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        write(response, 401, ErrorBodies.sentence(401));
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, long retryAfterSeconds) {
        response.setHeader("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)));
        write(response, 429, ErrorBodies.sentence(429));
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static void write(HttpServletResponse response, int status, String sentence) {
        try {
            ErrorBodies.write(response, status, sentence);
        } catch (IOException e) {
            response.setStatus(status); // the client went away; nothing more to say
        }
    }
}
