package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Round 14 rule (r14-numbers): the holder of an organisation register number is an organisation. A run of one to three
 * capitalised words between a register's label and its number ("KvK Lyvore 30184321"), or right before a comma or
 * bracket that opens the register's label and number ("Lyvore, KvK 30184321", "Lyvore (KvK-nummer 30184321)"), is no
 * name. Registers: KvK / Kamer van Koophandel / handelsregister, AGB, LRK, RSIN, BRIN, KBO (organisation numbers are
 * allowed, card-format.md). Guards: a listed given name (also of the large weak list) in the run keeps the run, a run
 * after a kin word or title stays, and the number must have six or more digits right after the label or the run.
 * Stateless.
 */
final class RegisterHolder {

    private static final String REGISTER = "(?:kvk|kamer\\s+van\\s+koophandel|handelsregister|agb|lrk|rsin|brin|kbo)"
            + "(?:[\\s-]?(?:nummer|nr\\.?|code|registratie))?";
    /** The register's label right before the run. */
    private static final Pattern LABEL_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])" + REGISTER + "\\s*:?\\s*$");
    /** The number right after the run. */
    private static final Pattern NUMBER_AFTER = Pattern.compile("^\\s*:?\\s*\\d(?:[\\s.-]?\\d){5,}");
    /** A comma or bracket, then the register's label and its number, right after the run. */
    private static final Pattern LABEL_AND_NUMBER_AFTER = Pattern.compile("(?iu)^\\s*[,(]\\s*" + REGISTER
            + "\\s*:?\\s*\\d(?:[\\s.-]?\\d){5,}");
    private static final int RUN = 3;

    private RegisterHolder() {
    }

    static void unflag(String text, List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        String lower = TextWindow.lowerSameLength(text);
        if (!(lower.contains("kvk") || lower.contains("koophandel") || lower.contains("handelsregister")
                || lower.contains("agb") || lower.contains("lrk") || lower.contains("rsin") || lower.contains("brin")
                || lower.contains("kbo"))) {
            return;
        }
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            if (!holderWord(tokens.get(i), flag[i], words)
                    || i > 0 && (role[i - 1] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0) {
                continue;
            }
            int last = i;
            while (last + 1 < n && last + 1 < i + RUN && holderWord(tokens.get(last + 1), flag[last + 1], words)) {
                last++;
            }
            boolean nameInRun = false;
            for (int k = i; k <= last; k++) {
                Token t = tokens.get(k);
                nameInRun |= t.isWord() && (words.isFirstName(NameClassifier.capitalise(t.lower()))
                        || words.isWeakName(t.lower()));
            }
            String before = TextWindow.before(text, tokens.get(i).start(), 30);
            String after = text.substring(tokens.get(last).end(), Math.min(text.length(), tokens.get(last).end() + 40));
            if (!nameInRun && (LABEL_BEFORE.matcher(before).find() && NUMBER_AFTER.matcher(after).find()
                    || LABEL_AND_NUMBER_AFTER.matcher(after).find())) {
                for (int k = i; k <= last; k++) {
                    flag[k] = false;
                }
            }
            i = last;
        }
    }

    /** A capitalised word flagged as a name. */
    private static boolean holderWord(Token t, boolean flagged, WordLists words) {
        return flagged && t.isWord() && t.capitalised();
    }
}
