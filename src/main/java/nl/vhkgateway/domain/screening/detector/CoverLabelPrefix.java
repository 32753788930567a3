package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import nl.vhkgateway.domain.card.Section;

/**
 * Round 18 (r18-cover): a professionals' cover field read from a line or cell that holds its label too ("Vaste
 * deelnemer: Gerrit Wolters (opa)", "Inbrenger – Sanne Verhoef, WSS", a cell "Inbrenger" + line break + value): the
 * value starts after the label and its separator (a colon, a dash with spaces around it, or a line break). The cover
 * rules read a value from its first clause ("Gerrit Wolters (opa)" opens the value, so its relation closes the item);
 * with the label in front the first clause was "Vaste deelnemer: Gerrit Wolters" and the relative passed. Only a
 * prefix that names a card section counts (at most 60 characters). Stateless.
 */
final class CoverLabelPrefix {

    private static final int MAX_LABEL = 60;
    private static final List<String> SEPARATORS = List.of(":", "\n", " - ", " – ", " — ");

    private CoverLabelPrefix() {
    }

    /** Where the value starts: after a leading section label and its separator, else 0. */
    static int valueStart(String text) {
        int best = -1;
        int bestEnd = 0;
        for (String separator : SEPARATORS) {
            int at = text.indexOf(separator);
            if (at > 0 && at <= MAX_LABEL && (best < 0 || at < best)) {
                best = at;
                bestEnd = at + separator.length();
            }
        }
        if (best < 0 || Section.match(text.substring(0, best)).isEmpty()) {
            return 0;
        }
        int p = bestEnd;
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p;
    }
}
