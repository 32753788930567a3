package nl.vhkgateway.application.screening;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.screening.detector.EmailDetector;

/**
 * Round 14 (r14-cards): the header lines of a quoted or forwarded message in a mail body ("Van: Dekker, Marloes
 * &lt;m.dekker@school.nl&gt;", "Aan: ...", "CC: ...", "Op 2 nov. 2026 schreef Ruud Hoekstra &lt;...&gt;:"). A mail
 * thread about a card quotes the mails of the card's own professionals; their work address in such a line is theirs,
 * as it may be on the cover. An address counts as a professional's own only when the line holds exactly one address,
 * the line names a professional of the cover (Inbrenger, Vaste deelnemer, Gedragsdeskundige) and the address's local
 * part holds that professional's surname ("m.dekker@", "marloes.dekker@") at a domain that is no free-mail provider; a family member's address in a header
 * line ("Van: moeder &lt;...@gmail.com&gt;", "Aan: Dekker, Marloes; piet.jansen@...") is screened as before. Stateless.
 */
final class QuotedHeaderLine {

    private static final Pattern HEADER = Pattern.compile("(?iu)^[ \\t>]*(?:van|from|aan|to|cc|bcc|beantwoorden aan|"
            + "reply-to)[ \\t]*:|^[ \\t>]*op .{0,80} schreef|^[ \\t>]*on .{0,80} wrote");
    private static final Pattern ADDRESS = Pattern.compile("([\\p{L}\\p{N}._%+'-]+)@([\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,})");

    private QuotedHeaderLine() {
    }

    /** True when the line is a header line of a quoted or forwarded message. */
    static boolean is(String line) {
        return HEADER.matcher(line).find();
    }

    /** True when the line holds exactly one address, and it is the address of a professional the line names. */
    static boolean holdsProfessionalsOwnAddress(String line, Set<String> surnames) {
        Matcher address = ADDRESS.matcher(line);
        if (!address.find()) {
            return false;
        }
        String local = address.group(1).toLowerCase(Locale.ROOT);
        if (EmailDetector.isFreeMailDomain(address.group(2)) || address.find() || !Signature.names(line, surnames)) {
            return false;
        }
        for (String surname : surnames) {
            String lower = surname.toLowerCase(Locale.ROOT);
            if (lower.length() >= 3 && local.contains(lower) && Signature.names(line, Set.of(surname))) {
                return true;
            }
        }
        return false;
    }
}
