package nl.vhkgateway.domain.participant;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mail address (RFC 5321 addr-spec, dot-atom form, ASCII only) in its normal form: lower case, trimmed.
 * Two addresses that differ only in case are the same address, so participants are unique case-insensitively.
 * Non-ASCII addresses are refused on purpose: a register of a few dozen professionals does not need them, and
 * refusing them rules out look-alike characters. Immutable.
 */
public final class MailAddress implements Comparable<MailAddress> {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    private static final Pattern LOCAL_PART = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile("(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private final String value;

    private MailAddress(String value) {
        this.value = value;
    }

    /**
     * @throws IllegalArgumentException when the text is not a plain mail address (the message does not repeat it)
     */
    public static MailAddress of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not a valid mail address"));
    }

    /** The address, when the text is a plain mail address ("Deelnemer@Roosendaal.test" becomes lower case). */
    public static Optional<MailAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.strip().toLowerCase(Locale.ROOT);
        if (candidate.isEmpty() || candidate.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        int at = candidate.lastIndexOf('@');
        if (at <= 0 || at > MAX_LOCAL_LENGTH || at == candidate.length() - 1) {
            return Optional.empty();
        }
        String local = candidate.substring(0, at);
        String domain = candidate.substring(at + 1);
        if (!LOCAL_PART.matcher(local).matches() || !DOMAIN.matcher(domain).matches()) {
            return Optional.empty();
        }
        return Optional.of(new MailAddress(candidate));
    }

    /** The address in lower case, e.g. "deelnemer@roosendaal.test". */
    public String value() {
        return value;
    }

    /** The part after the '@', e.g. "roosendaal.test". */
    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MailAddress other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(MailAddress other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
