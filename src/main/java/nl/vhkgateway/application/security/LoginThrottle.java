package nl.vhkgateway.application.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Slows down password guessing, per account and per client address: after a few failed logins every next attempt
 * must wait an exponentially growing delay, and after many the key is locked for a while ({@link ThrottlePolicy}).
 * An attempt that comes too early is refused <em>before</em> any password is checked, so guessing costs the server
 * nothing while a key is throttled. A success clears the account's failures (not the address's). Used by every
 * login of the gateway (HTTP Basic for the API, the console's form login):
 * <pre>
 *   Admission admission = throttle.admit(account, clientAddress);
 *   if (!admission.allowed()) { answer 429 with Retry-After admission.retryAfter() }
 *   else if (password right) throttle.succeeded(account, clientAddress) else throttle.failed(account, clientAddress)
 * </pre>
 * State is in memory (per gateway instance), bounded to {@value #MAX_KEYS} keys per kind. Thread-safe.
 */
public final class LoginThrottle {

    static final int MAX_KEYS = 50_000;

    /** Whether an attempt may go ahead; when not, how long to wait and why ({@code LOCKED} or {@code DELAYED}). */
    public record Admission(boolean allowed, Duration retryAfter, String reason) {

        static final Admission ALLOWED = new Admission(true, Duration.ZERO, "ALLOWED");

        /** Seconds to wait, rounded up (for a Retry-After header); 0 when allowed. */
        public long retryAfterSeconds() {
            return (retryAfter.toMillis() + 999) / 1000;
        }
    }

    /** What {@link #failed} changed: whether this failure locked the account or the address. */
    public record Failure(boolean accountLocked, boolean addressLocked) {
    }

    private final ThrottlePolicy accountPolicy;
    private final ThrottlePolicy addressPolicy;
    private final Clock clock;
    private final Map<String, State> accounts = new HashMap<>();
    private final Map<String, State> addresses = new HashMap<>();

    public LoginThrottle(ThrottlePolicy accountPolicy, ThrottlePolicy addressPolicy, Clock clock) {
        this.accountPolicy = Objects.requireNonNull(accountPolicy, "accountPolicy");
        this.addressPolicy = Objects.requireNonNull(addressPolicy, "addressPolicy");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** May a login attempt for this account from this address go ahead now? Does not count as an attempt. */
    public synchronized Admission admit(String account, String clientAddress) {
        Instant now = clock.instant();
        Optional<Admission> byAccount = refusal(accounts, key(account), accountPolicy, now);
        Optional<Admission> byAddress = refusal(addresses, key(clientAddress), addressPolicy, now);
        if (byAccount.isEmpty()) {
            return byAddress.orElse(Admission.ALLOWED);
        }
        if (byAddress.isEmpty()) {
            return byAccount.get();
        }
        return byAccount.get().retryAfter().compareTo(byAddress.get().retryAfter()) >= 0 ? byAccount.get()
                : byAddress.get();
    }

    /** Records a failed login (wrong password, unknown account). */
    public synchronized Failure failed(String account, String clientAddress) {
        Instant now = clock.instant();
        boolean accountLocked = fail(accounts, key(account), accountPolicy, now);
        boolean addressLocked = fail(addresses, key(clientAddress), addressPolicy, now);
        return new Failure(accountLocked, addressLocked);
    }

    /** Records a successful login: the account's failures are forgotten. */
    public synchronized void succeeded(String account, String clientAddress) {
        accounts.remove(key(account));
    }

    /** Failures counted now for the account (for tests and the console). */
    public synchronized int failures(String account) {
        State state = accounts.get(key(account));
        return state == null || forgotten(state, accountPolicy, clock.instant()) ? 0 : state.failures;
    }

    private static Optional<Admission> refusal(Map<String, State> states, String key, ThrottlePolicy policy,
                                               Instant now) {
        State state = states.get(key);
        if (state == null) {
            return Optional.empty();
        }
        if (forgotten(state, policy, now)) {
            states.remove(key);
            return Optional.empty();
        }
        if (state.lockedUntil != null && now.isBefore(state.lockedUntil)) {
            return Optional.of(new Admission(false, Duration.between(now, state.lockedUntil), "LOCKED"));
        }
        Instant next = state.lastFailure.plus(policy.delayAfter(state.failures));
        if (now.isBefore(next)) {
            return Optional.of(new Admission(false, Duration.between(now, next), "DELAYED"));
        }
        return Optional.empty();
    }

    /** @return true when this failure locks the key */
    private static boolean fail(Map<String, State> states, String key, ThrottlePolicy policy, Instant now) {
        State state = states.get(key);
        if (state == null || forgotten(state, policy, now)) {
            if (states.size() >= MAX_KEYS) {
                prune(states, policy, now);
            }
            state = new State();
            states.put(key, state);
        }
        state.failures++;
        state.lastFailure = now;
        if (state.failures >= policy.lockAfterFailures()) {
            boolean newLock = state.lockedUntil == null || !now.isBefore(state.lockedUntil);
            state.lockedUntil = now.plus(policy.lockDuration());
            return newLock;
        }
        return false;
    }

    private static boolean forgotten(State state, ThrottlePolicy policy, Instant now) {
        Instant quietUntil = state.lastFailure.plus(policy.lockDuration()).plus(policy.maxDelay());
        return now.isAfter(quietUntil) && (state.lockedUntil == null || now.isAfter(state.lockedUntil));
    }

    /** Drops forgotten keys; when the map is still full, the key with the oldest failure goes. */
    private static void prune(Map<String, State> states, ThrottlePolicy policy, Instant now) {
        states.values().removeIf(state -> forgotten(state, policy, now));
        while (states.size() >= MAX_KEYS) {
            states.entrySet().stream().min(Map.Entry.comparingByValue((a, b) -> a.lastFailure.compareTo(b.lastFailure)))
                    .map(Map.Entry::getKey).ifPresent(states::remove);
        }
    }

    private static String key(String value) {
        return value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static final class State {
        int failures;
        Instant lastFailure;
        Instant lockedUntil;
    }
}
