package nl.vhkgateway.interfaces.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.vhkgateway.application.security.LoginNames;
import java.util.Locale;
import java.util.Optional;

/**
 * The user name and password of an HTTP Basic {@code Authorization} header (RFC 7617, UTF-8), read defensively:
 * a header that is not Basic, not Base64, not UTF-8, without a colon, or with an empty user name or password gives
 * {@link #parse} {@code Optional.empty()} or an {@link #incomplete} pair, never an exception. Immutable.
 *
 * @param user     the user name (not empty)
 * @param password the password (may be empty: such a login always fails)
 */
public record BasicCredentials(String user, char[] password) {

    /** Longer headers are not read at all (a real login is a few hundred bytes). */
    static final int MAX_HEADER_LENGTH = 4096;
    private static final String SCHEME = "basic ";

    /** True when the header asks for Basic authentication at all (whatever follows). */
    public static boolean isBasic(String header) {
        return header != null && header.length() >= SCHEME.length() - 1
                && header.substring(0, Math.min(header.length(), SCHEME.length())).strip().toLowerCase(Locale.ROOT)
                .equals(SCHEME.strip());
    }

    /** The credentials of a Basic header; empty when the header cannot be read as such. */
    public static Optional<BasicCredentials> parse(String header) {
        if (!isBasic(header) || header.length() > MAX_HEADER_LENGTH || header.length() <= SCHEME.length()) {
            return Optional.empty();
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(header.substring(SCHEME.length()).strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(decoded)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        int colon = text.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new BasicCredentials(text.substring(0, colon), text.substring(colon + 1).toCharArray()));
    }

    /** True when the password is empty: such a login fails without any password check. */
    public boolean incomplete() {
        return password.length == 0 || user.isBlank();
    }

    @Override
    public String toString() {
        return "BasicCredentials[" + LoginNames.forLog(user) + "]";
    }
}
