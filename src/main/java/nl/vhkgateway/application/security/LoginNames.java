package nl.vhkgateway.application.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a login name appears in the log and the audit log. A name that looks like an account (a mail address or a
 * plain user name) is written as it is; anything else (a mistyped password in the name field, Unicode, control
 * characters) is written as {@code unreadable-<8 hex>} (a SHA-256 prefix), so that repeated attempts can be linked
 * without the text itself being kept. Stateless.
 */
public final class LoginNames {

    private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9._%+-]{1,64}(@[A-Za-z0-9.-]{1,189})?");

    private LoginNames() {
    }

    /** The account key of a login name: lower case, trimmed. */
    public static String account(String user) {
        return user == null ? "" : user.strip().toLowerCase(Locale.ROOT);
    }

    /** The name as it may be written to the log and the audit log (ASCII, no spaces). */
    public static String forLog(String user) {
        String account = account(user);
        if (ACCOUNT.matcher(account).matches()) {
            return account;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(account.getBytes(StandardCharsets.UTF_8));
            return "unreadable-" + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
