package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 13 rule (r13-labels): an abbreviated field label of a pasted form is no name ("Geb.datum: n.v.t.",
 * "Cliëntnr. Kenter: 12", "Tel.: ...", "Dossiernr: ..."). A capitalised word is cleared when it is a known
 * abbreviation of a label word (geb, tel, adr, wpl, pc, bsn, nr ...) or ends in "nr" (a number's label: cliëntnr,
 * dossiernr, huisnr), it is followed at once by a full stop or a colon, and the label's colon comes within the next
 * three tokens, in the same line or table cell (no comma, bracket or cell border between). Only the label word is
 * cleared; the value after the colon is judged by the other rules ("Naam moeder: Fatma Yilmaz" stays refused).
 * Round 14 (r14-numbers): a number right after the label's full stop or colon stands for the colon ("Vestigingsnr.
 * 000012345678", "Klantnr. 4471902"); the number itself is judged by the number detectors. Stateless.
 */
final class FieldLabelAbbreviation {

    private static final Set<String> LABEL_ABBREVIATIONS = Set.of("geb", "gebdat", "tel", "telnr", "adr", "wpl",
            "pc", "bsn", "nr", "nrs", "dat", "ovl", "nat", "gesl", "tav", "betr", "inschr", "gem", "reg", "ref",
            "kenm", "mob", "e-mail", "vzw", "verz", "huisnr", "postc", "woonpl", "ident", "vnr");
    private static final int REACH = 4;

    private FieldLabelAbbreviation() {
    }

    static void unflag(List<Token> tokens, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised()) {
                continue;
            }
            String lower = t.lower();
            boolean label = LABEL_ABBREVIATIONS.contains(lower) || lower.length() >= 4 && lower.endsWith("nr");
            if (!label || !(tokens.get(i + 1).is('.') || tokens.get(i + 1).is(':'))
                    || !colonAhead(tokens, i + 1) && !numberAfter(tokens, i + 2)) {
                continue;
            }
            flag[i] = false;
        }
    }

    /** Round 14 (r14-numbers): the label's value is a number right after it ("Vestigingsnr. 000012345678"). */
    private static boolean numberAfter(List<Token> tokens, int j) {
        return j < tokens.size() && tokens.get(j).hasDigit();
    }

    private static boolean colonAhead(List<Token> tokens, int from) {
        int n = tokens.size();
        for (int j = from; j < n && j <= from + REACH; j++) {
            Token t = tokens.get(j);
            if (t.is(':')) {
                return true;
            }
            if (!t.isWord() && !t.is('.') || j > from && t.sentenceStart() && !tokens.get(j - 1).is('.')) {
                return false;
            }
        }
        return false;
    }
}
