package nl.vhkgateway.application.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;

import nl.vhkgateway.domain.audit.AuditEvent;
import nl.vhkgateway.domain.audit.AuditLog;

/**
 * Writes logins to the log and the audit log, with the account ({@link LoginNames#forLog}) and the client address:
 * every failed login ({@code LOGIN_FAILED}, outcome {@code LOCKED} when it locked the account or address), every
 * refused attempt while throttled to the log only (an attacker must not be able to flood the audit log), and a
 * successful login ({@code LOGIN_SUCCEEDED}) once per account and address per {@link #SESSION} (HTTP Basic logs in
 * with every request). Thread-safe.
 */
public final class LoginAudit {

    /** A successful login is audited again after this much time without one from the same account and address. */
    static final Duration SESSION = Duration.ofMinutes(15);
    private static final int MAX_SESSIONS = 10_000;
    private static final Logger LOG = Logger.getLogger(LoginAudit.class.getName());

    private final AuditLog auditLog;
    private final Clock clock;
    private final Map<String, Instant> recentSuccesses = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_SESSIONS;
        }
    };

    public LoginAudit(AuditLog auditLog, Clock clock) {
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public void failed(String user, String clientAddress, LoginThrottle.Failure failure) {
        String account = LoginNames.forLog(user);
        String address = address(clientAddress);
        boolean locked = failure.accountLocked() || failure.addressLocked();
        LOG.warning(() -> "Login failed for account " + account + " from " + address
                + (failure.accountLocked() ? "; account locked" : "")
                + (failure.addressLocked() ? "; client address locked" : ""));
        AuditEvent.Builder event = AuditEvent.builder(account, "LOGIN_FAILED")
                .outcome(locked ? "LOCKED" : "REFUSED")
                .detail("clientAddress", address);
        if (failure.accountLocked()) {
            event.reason("ACCOUNT_LOCKED");
        }
        if (failure.addressLocked()) {
            event.reason("ADDRESS_LOCKED");
        }
        auditLog.append(event.build());
    }

    public void throttled(String user, String clientAddress, LoginThrottle.Admission admission) {
        LOG.warning(() -> "Login attempt refused without a check (" + admission.reason() + ", retry after "
                + admission.retryAfterSeconds() + " s) for account " + LoginNames.forLog(user) + " from "
                + address(clientAddress));
    }

    public void succeeded(String user, String clientAddress) {
        String account = LoginNames.forLog(user);
        String address = address(clientAddress);
        Instant now = clock.instant();
        synchronized (recentSuccesses) {
            Instant last = recentSuccesses.get(account + ' ' + address);
            if (last != null && last.plus(SESSION).isAfter(now)) {
                return;
            }
            recentSuccesses.put(account + ' ' + address, now);
        }
        LOG.info(() -> "Login succeeded for account " + account + " from " + address);
        auditLog.append(AuditEvent.builder(account, "LOGIN_SUCCEEDED").outcome("OK")
                .detail("clientAddress", address).build());
    }

    private static String address(String clientAddress) {
        return clientAddress == null || !clientAddress.matches("[0-9A-Fa-f.:%a-z]{1,64}") ? "unknown"
                : clientAddress;
    }
}
