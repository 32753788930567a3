package nl.vhkgateway.domain.mail;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An e-mail address: an RFC 5322 addr-spec in dot-atom form ({@code local@domain}), ASCII only, parsed strictly
 * (RFC 5321 lengths: local part at most 64, whole address at most 254 characters; the domain a host name with a
 * top-level label that starts with a letter). Quoted local parts, comments, IP-literal domains and non-ASCII
 * addresses are refused on purpose: the gateway's correspondents are a few dozen professional mailboxes, and
 * refusing the exotic forms rules out look-alike and header-injection tricks.
 *
 * <p>The domain is kept in lower case; the local part as written ({@link #value()}, for envelopes and headers).
 * Two addresses are <em>equal when their lower-cased forms are</em> ({@link #normalised()}): strictly the local part
 * may be case-sensitive (RFC 5321 section 2.4), but no mail system the gateway deals with treats
 * {@code Jan@x.nl} and {@code jan@x.nl} as different people, and comparing case-sensitively would let a sender
 * escape the register (or a look-alike registration) by changing case. The register stores the normalised form.
 *
 * <p>{@link #toString()} is the <em>masked</em> form ({@code d*******@roosendaal.test}) so that an address that
 * slips into a log line or an exception message does not reveal who wrote. Immutable and thread-safe.
 */
public final class MailAddress implements Comparable<MailAddress> {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;
    /** RFC 5322 dot-atom: atext runs separated by single dots. */
    private static final Pattern LOCAL_PART =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    /** Host name labels (RFC 1035/1123), at least two, the last starting with a letter. */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    /** Anything that looks like an address in free text (for masking, deliberately broad). */
    private static final Pattern ANY_ADDRESS = Pattern.compile("[^\\s@<>()\",;:\\[\\]]+@[A-Za-z0-9.-]+");

    private final String localPart;
    private final String domain;
    private final String normalised;

    private MailAddress(String localPart, String domain) {
        this.localPart = localPart;
        this.domain = domain;
        this.normalised = localPart.toLowerCase(Locale.ROOT) + "@" + domain;
    }

    /**
     * Parses {@code local@domain}; throws {@link IllegalArgumentException} when malformed (the message shows the
     * text masked, or not at all when it holds no '@': it may be a name).
     */
    public static MailAddress of(String address) {
        Objects.requireNonNull(address, "address");
        return parse(address).orElseThrow(() -> new IllegalArgumentException("Not a valid e-mail address"
                + (address.contains("@") ? ": " + maskAll(address.strip()) : "")));
    }

    /** The address, when {@code text} (surrounding white space ignored) is one; empty otherwise (also for null). */
    public static Optional<MailAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.strip();
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
        return Optional.of(new MailAddress(local, domain.toLowerCase(Locale.ROOT)));
    }

    /** True when {@code address} is accepted by {@link #of(String)}. */
    public static boolean isValid(String address) {
        return parse(address).isPresent();
    }

    /** Replaces every e-mail address in {@code text} by its masked form (for error texts from mail servers). */
    public static String maskAll(String text) {
        return ANY_ADDRESS.matcher(text).replaceAll(m -> {
            String found = m.group();
            int at = found.lastIndexOf('@');
            return Matcher.quoteReplacement(maskLocal(found.substring(0, at)) + found.substring(at));
        });
    }

    /** The address as written, with the domain in lower case: for envelopes and headers. */
    public String value() {
        return localPart + "@" + domain;
    }

    /** The address in lower case: the form compared, stored in the register and looked up. */
    public String normalised() {
        return normalised;
    }

    public String localPart() {
        return localPart;
    }

    /** The part after the '@', in lower case, e.g. "roosendaal.test". */
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

    /** Equal when the lower-cased addresses are (see the class comment). */
    @Override
    public boolean equals(Object other) {
        return other instanceof MailAddress that && normalised.equals(that.normalised);
    }

    @Override
    public int hashCode() {
        return normalised.hashCode();
    }

    /** Orders by the normalised form. */
    @Override
    public int compareTo(MailAddress other) {
        return normalised.compareTo(other.normalised);
    }

    /** The masked form: safe for logs. */
    @Override
    public String toString() {
        return masked();
    }
}
