package nl.vhkgateway.interfaces.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import nl.vhkgateway.infrastructure.config.BeheerderLogin;
import nl.vhkgateway.infrastructure.config.InvalidConfigurationException;
import nl.vhkgateway.infrastructure.config.Secret;

/**
 * The console's settings, read once at start-up and validated as a whole (an invalid value stops the deployment
 * with every problem listed):
 * <ul>
 *   <li>{@code vhk.console.voorzitter.user} (default {@code voorzitter}) with {@code vhk.console.voorzitter.password}
 *   or {@code vhk.console.voorzitter.password-hash}: the voorzitter's console login; without a password the
 *   voorzitter cannot log in;</li>
 *   <li>{@code vhk.console.anonymous-precheck} (default false): the pre-check without logging in, limited to
 *   {@code vhk.console.anonymous-precheck.max-size-mb} (default 5) per file and
 *   {@code vhk.console.anonymous-precheck.per-hour} (default 20) checks per client address per hour.</li>
 * </ul>
 * Immutable.
 *
 * @param voorzitter            the voorzitter's login, when configured
 * @param anonymousPrecheck     whether the pre-check is open without login
 * @param anonymousMaxBytes     largest anonymous upload
 * @param anonymousPerHour      anonymous checks per client address per hour
 */
public record ConsoleSettings(Optional<BeheerderLogin> voorzitter, boolean anonymousPrecheck, long anonymousMaxBytes,
                              int anonymousPerHour) {

    public static final String VOORZITTER_USER = "vhk.console.voorzitter.user";
    public static final String VOORZITTER_PASSWORD = "vhk.console.voorzitter.password";
    public static final String VOORZITTER_PASSWORD_HASH = "vhk.console.voorzitter.password-hash";
    public static final String ANONYMOUS_PRECHECK = "vhk.console.anonymous-precheck";
    public static final String ANONYMOUS_MAX_SIZE_MB = "vhk.console.anonymous-precheck.max-size-mb";
    public static final String ANONYMOUS_PER_HOUR = "vhk.console.anonymous-precheck.per-hour";

    /**
     * Reads the settings.
     *
     * @param source a key's value, empty when unset
     * @param demo   demo mode (allows a short voorzitter password)
     * @throws InvalidConfigurationException listing every invalid key
     */
    public static ConsoleSettings read(Function<String, Optional<String>> source, boolean demo) {
        List<String> problems = new ArrayList<>();
        String user = source.apply(VOORZITTER_USER).map(String::strip).filter(s -> !s.isEmpty()).orElse("voorzitter");
        Optional<String> plain = source.apply(VOORZITTER_PASSWORD).filter(s -> !s.isEmpty());
        Optional<String> hash = source.apply(VOORZITTER_PASSWORD_HASH).filter(s -> !s.isEmpty());
        Optional<BeheerderLogin> voorzitter = Optional.empty();
        if (plain.isPresent() && hash.isPresent()) {
            problems.add(VOORZITTER_PASSWORD + " and " + VOORZITTER_PASSWORD_HASH + ": set only one");
        } else if (hash.isPresent()) {
            if (!hash.get().startsWith("pbkdf2-sha256$")) {
                problems.add(VOORZITTER_PASSWORD_HASH + ": not a pbkdf2-sha256$ hash (make one with hash-password)");
            } else {
                voorzitter = Optional.of(new BeheerderLogin(user, new Secret(hash.get()), true));
            }
        } else if (plain.isPresent()) {
            if (!demo && plain.get().length() < 12) {
                problems.add(VOORZITTER_PASSWORD + ": at least 12 characters outside demo mode");
            } else {
                voorzitter = Optional.of(new BeheerderLogin(user, new Secret(plain.get()), false));
            }
        }
        if (user.contains("@")) {
            problems.add(VOORZITTER_USER + ": must not be a mail address (those are vaste deelnemers)");
        }
        boolean anonymous = bool(source, ANONYMOUS_PRECHECK, false, problems);
        int maxMb = positive(source, ANONYMOUS_MAX_SIZE_MB, 5, 100, problems);
        int perHour = positive(source, ANONYMOUS_PER_HOUR, 20, 100_000, problems);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new ConsoleSettings(voorzitter, anonymous, maxMb * 1024L * 1024L, perHour);
    }

    private static boolean bool(Function<String, Optional<String>> source, String key, boolean fallback,
                                List<String> problems) {
        Optional<String> value = source.apply(key).map(String::strip).filter(s -> !s.isEmpty());
        if (value.isEmpty()) {
            return fallback;
        }
        if (!value.get().equalsIgnoreCase("true") && !value.get().equalsIgnoreCase("false")) {
            problems.add(key + ": true or false, not '" + value.get() + "'");
            return fallback;
        }
        return Boolean.parseBoolean(value.get());
    }

    private static int positive(Function<String, Optional<String>> source, String key, int fallback, int max,
                                List<String> problems) {
        Optional<String> value = source.apply(key).map(String::strip).filter(s -> !s.isEmpty());
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed >= 1 && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(key + ": a whole number from 1 to " + max + ", not '" + value.get() + "'");
        return fallback;
    }
}
