package nl.vhkgateway.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing on the console's login form: after {@value #MAX_FAILURES} failed logins for one
 * account, or {@value #MAX_FAILURES_PER_ADDRESS} from one client address, within {@link #WINDOW}, further attempts
 * are refused until the oldest failure leaves the window. A successful login clears the account's failures.
 * In memory, per gateway instance. Thread-safe.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before the next attempt; zero when an attempt is allowed now. */
    public Duration retryAfter(String account, String address) {
        Instant now = clock.instant();
        Duration byAccount = wait(accountKey(account), MAX_FAILURES, now);
        Duration byAddress = wait(addressKey(address), MAX_FAILURES_PER_ADDRESS, now);
        return byAccount.compareTo(byAddress) >= 0 ? byAccount : byAddress;
    }

    public void failed(String account, String address) {
        if (failures.size() > MAX_KEYS) {
            failures.clear();
        }
        Instant now = clock.instant();
        for (String key : new String[] {accountKey(account), addressKey(address)}) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(now);
                while (times.size() > MAX_FAILURES_PER_ADDRESS) {
                    times.removeFirst();
                }
            }
        }
    }

    public void succeeded(String account) {
        failures.remove(accountKey(account));
    }

    private Duration wait(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.removeFirst();
            }
            if (times.size() < max) {
                return Duration.ZERO;
            }
            Instant oldestCounted = times.stream().skip(times.size() - max).findFirst().orElse(now);
            return Duration.between(now, oldestCounted.plus(WINDOW));
        }
    }

    private static String accountKey(String account) {
        return "a:" + account.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "h:" + address;
    }
}
