package nl.vhkgateway.application.screening;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A link target as words, so that the detectors see what it carries: percent-escapes and '+' decoded, the scheme
 * dropped, path and query separators turned into spaces and "name=value" into "name: value" (so that
 * {@code ?geboortedatum=12-05-2011} reads as "geboortedatum: 12-05-2011" and
 * {@code /maps/place/Kerkstraat+12,+Roosendaal} as "maps place Kerkstraat 12, Roosendaal"). Stateless.
 */
final class LinkText {

    private static final Pattern LINK = Pattern.compile("(?i)(?:[a-z][a-z0-9+.-]*://|mailto:|tel:|www\\.)");
    private static final Pattern SCHEME = Pattern.compile("(?i)\\b(?:https?|ftp)://|\\bmailto:|\\btel:");
    private static final Pattern WORD_PLUS = Pattern.compile("(?<=[\\p{L}\\p{N},.])\\+");
    private static final Pattern SEPARATORS = Pattern.compile("[/?&#|]+");

    private LinkText() {
    }

    /** The words of the links in the text, when the text holds a link and reading it changes something. */
    static Optional<String> readable(String text) {
        // every link form holds a ':' ("://", "mailto:", "tel:") or "www.": most segments hold neither, and the
        // pattern would try a scheme at every letter
        if (text.indexOf(':') < 0 && !mayHoldWww(text) || !LINK.matcher(text).find()) {
            return Optional.empty();
        }
        String decoded;
        try {
            // '+' between words is a space ("Kerkstraat+12"); a '+' before a country code stays ("tel:+31612345678").
            String spaced = WORD_PLUS.matcher(text).replaceAll(" ");
            decoded = URLDecoder.decode(spaced.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            decoded = text.replace('+', ' ');
        }
        String words = SCHEME.matcher(decoded).replaceAll(" ");
        words = SEPARATORS.matcher(words).replaceAll(" ");
        words = words.replace("=", ": ").replaceAll("\\s+", " ").strip();
        return words.equals(text.strip()) || words.isEmpty() ? Optional.empty() : Optional.of(words);
    }

    /** "www." in any case. */
    private static boolean mayHoldWww(String text) {
        for (int i = text.indexOf('.', 3); i >= 0; i = text.indexOf('.', i + 1)) {
            if (text.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }
}
