package nl.vhkgateway.infrastructure.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import nl.vhkgateway.application.security.ThrottlePolicy;

/**
 * Reads the login protection ({@code vhk.login.*}) from the configuration: one {@link ThrottlePolicy} per account
 * and one per client address. Fails fast with every problem at once. Stateless.
 */
public final class LoginProtectionSettings {

    static final Duration BASE_DELAY = Duration.ofSeconds(1);

    /** The two policies. */
    public record Policies(ThrottlePolicy account, ThrottlePolicy address) {
    }

    private LoginProtectionSettings() {
    }

    public static Policies read(Function<String, Optional<String>> lookup) {
        List<String> problems = new ArrayList<>();
        int accountFree = integer(lookup, ConfigKey.LOGIN_ACCOUNT_FREE_FAILURES, 5, 0, 1000, problems);
        int accountLock = integer(lookup, ConfigKey.LOGIN_ACCOUNT_LOCK_AFTER, 20, 1, 100_000, problems);
        int addressFree = integer(lookup, ConfigKey.LOGIN_ADDRESS_FREE_FAILURES, 20, 0, 100_000, problems);
        int addressLock = integer(lookup, ConfigKey.LOGIN_ADDRESS_LOCK_AFTER, 100, 1, 1_000_000, problems);
        Duration maxDelay = Duration.ofSeconds(integer(lookup, ConfigKey.LOGIN_MAX_DELAY, 300, 1, 86_400, problems));
        Duration lock = Duration.ofMinutes(integer(lookup, ConfigKey.LOGIN_LOCK_MINUTES, 15, 1, 10_080, problems));
        if (accountLock <= accountFree) {
            problems.add(ConfigKey.LOGIN_ACCOUNT_LOCK_AFTER.key() + " must be larger than "
                    + ConfigKey.LOGIN_ACCOUNT_FREE_FAILURES.key());
        }
        if (addressLock <= addressFree) {
            problems.add(ConfigKey.LOGIN_ADDRESS_LOCK_AFTER.key() + " must be larger than "
                    + ConfigKey.LOGIN_ADDRESS_FREE_FAILURES.key());
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new Policies(new ThrottlePolicy(accountFree, BASE_DELAY, maxDelay, accountLock, lock),
                new ThrottlePolicy(addressFree, BASE_DELAY, maxDelay, addressLock, lock));
    }

    private static int integer(Function<String, Optional<String>> lookup, ConfigKey key, int fallback, int min,
                               int max, List<String> problems) {
        Optional<String> value = lookup.apply(key.key()).map(String::strip).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.get());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(key.key() + " must be a whole number from " + min + " to " + max);
        return fallback;
    }
}
