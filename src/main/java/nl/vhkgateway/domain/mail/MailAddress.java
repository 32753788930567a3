package nl.vhkgateway.domain.mail;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An e-mail address ({@code local@domain}), compared case-insensitively on the domain. Its {@link #toString()} is
 * the <em>masked</em> form ({@code d*******@roosendaal.test}) so that an address that slips into a log line or an
 * exception message does not reveal who wrote; use {@link #value()} where the real address is needed (an envelope,
 * a database column).
 *
 * <p>Immutable and thread-safe.
 */
public final class MailAddress {

    /** Deliberately simple: one {@code @}, no spaces or angle brackets, a dotted domain. Not an RFC 5322 parser. */
    private static final Pattern SHAPE = Pattern.compile("[^\\s@<>()\",;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    private static final Pattern ANY_ADDRESS = Pattern.compile("[^\\s@<>()\",;:\\[\\]]+@[A-Za-z0-9.-]+");

    private final String localPart;
    private final String domain;

    private MailAddress(String localPart, String domain) {
        this.localPart = localPart;
        this.domain = domain;
    }

    /** Parses {@code local@domain}; throws {@link IllegalArgumentException} (with a masked value) when malformed. */
    public static MailAddress of(String address) {
        Objects.requireNonNull(address, "address");
        String trimmed = address.strip();
        if (trimmed.length() > 254 || !SHAPE.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("Not a valid e-mail address: " + maskAll(trimmed));
        }
        int at = trimmed.lastIndexOf('@');
        return new MailAddress(trimmed.substring(0, at), trimmed.substring(at + 1).toLowerCase(Locale.ROOT));
    }

    /** True when {@code address} is accepted by {@link #of(String)}. */
    public static boolean isValid(String address) {
        return address != null && address.strip().length() <= 254 && SHAPE.matcher(address.strip()).matches();
    }

    /** Replaces every e-mail address in {@code text} by its masked form (for error texts from mail servers). */
    public static String maskAll(String text) {
        return ANY_ADDRESS.matcher(text).replaceAll(m -> {
            String found = m.group();
            int at = found.lastIndexOf('@');
            return java.util.regex.Matcher.quoteReplacement(maskLocal(found.substring(0, at)) + found.substring(at));
        });
    }

    public String value() {
        return localPart + "@" + domain;
    }

    public String localPart() {
        return localPart;
    }

    public String domain() {
        return domain;
    }

    /** The local part reduced to its first character plus one '*' per further character: {@code d*******@roosendaal.test}. */
    public String masked() {
        return maskLocal(localPart) + "@" + domain;
    }

    private static String maskLocal(String local) {
        if (local.isEmpty()) {
            return local;
        }
        return local.charAt(0) + "*".repeat(Math.min(local.length() - 1, 16));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAddress that && localPart.equals(that.localPart) && domain.equals(that.domain);
    }

    @Override
    public int hashCode() {
        return Objects.hash(localPart, domain);
    }

    /** The masked form: safe for logs. */
    @Override
    public String toString() {
        return masked();
    }
}
