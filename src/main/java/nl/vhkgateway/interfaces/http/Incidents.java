package nl.vhkgateway.interfaces.http;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Short random incident numbers that link an error answer to its log line. Thread-safe. */
public final class Incidents {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Incidents() {
    }

    /** A new incident number, e.g. {@code 3f9a1c0b}. */
    public static String next() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
