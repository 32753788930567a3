package nl.vhkgateway.domain.screening.detector;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Round 20 rule (t20-cards2): a youth-care provider written by the first word of its listed name. Providers whose
 * first word is a given name or surname too ("Timon jeugdhulp", "Kenter Jeugdhulp", "Bouman GGZ") are no one-word
 * organisation on any list, so the word alone reads as a name. It is the provider, and a flagged word is cleared, when
 * it is the head of a listed organisation {@code "<X> jeugdhulp"}, {@code "<X> jeugdzorg"}, {@code "<X> GGZ"} ...
 * ({@code organisations.txt}) and stands
 * <ul>
 * <li>before a bracket that holds one to three words of a form of care and nothing else ({@link #CARE_FORMS}:
 * "wijkagent, Timon (ambulant)", "Kenter (dagbehandeling)"): no person is described by a form of care;</li>
 * <li>right after a Chamber of Commerce label ("KvK", "KvK-nummer", "KvK-nr.") and before a colon or a number ("KvK
 * Timon: 41180883"): the register of organisations.</li>
 * </ul>
 * Stay names: an age, a relation or a person's word in the bracket ("Timon (8)", "Timon (broer)", "Timon (ambulant
 * begeleider)": a person), a family word, role or title before the word ("broer Timon (ambulant)"), and a word that
 * heads no such listed organisation ("Sanne (ambulant)", "KvK Sanne: ..."). Price: a person whose given name or
 * surname heads a listed provider ("Bouman") and who stands alone before a bracketed form of care reads as the
 * provider. Stateless.
 */
final class CareProviderHeadWord {

    /** The second word of a listed organisation whose first word names a youth-care or mental-health provider. */
    private static final Set<String> PROVIDER_WORDS = Set.of("jeugdhulp", "jeugdzorg", "zorg", "ggz", "jeugd-ggz",
            "gezinszorg", "jeugdbescherming", "hulpverlening", "welzijn");
    /** Words of a form of care, in a bracket after the provider. */
    static final Set<String> CARE_FORMS = Set.of("ambulant", "ambulante", "hulp", "zorg", "begeleiding",
            "behandeling", "dagbehandeling", "residentieel", "residentiële", "klinisch", "klinische", "intramuraal",
            "intramurale", "pleegzorg", "gezinshuis", "thuisbegeleiding", "gezinsbegeleiding", "ambulatoir",
            "crisisopvang", "logeerhuis", "kamertraining", "opname", "traject", "jeugdhulp", "jeugd-ggz", "ggz");
    private static final int MAX_WORDS = 3;
    private static final Set<String> HEADS = heads();

    private CareProviderHeadWord() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || !HEADS.contains(t.lower())) {
                continue;
            }
            if (tokens.get(i + 1).is('(') && !RelativeGuard.kinBefore(tokens, role, words, i)
                    && careFormBracket(tokens, i + 2) || afterRegisterLabel(tokens, i)) {
                flag[i] = false;
            }
        }
    }

    /** "KvK" (or "KvK-nummer", "KvK-nr.") right before, a colon or a number right after. */
    private static boolean afterRegisterLabel(List<Token> tokens, int i) {
        if (i == 0 || !tokens.get(i - 1).isWord()) {
            return false;
        }
        String label = tokens.get(i - 1).lower();
        if (!(label.equals("kvk") || label.equals("kvk-nummer") || label.equals("kvk-nr"))) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.is(':') || !next.text().isEmpty() && next.text().chars().allMatch(Character::isDigit);
    }

    /** From {@code j}: one to three care-form words, then ")". */
    private static boolean careFormBracket(List<Token> tokens, int j) {
        int k = j;
        while (k < tokens.size() && k - j < MAX_WORDS && tokens.get(k).isWord()
                && CARE_FORMS.contains(tokens.get(k).lower())) {
            k++;
        }
        return k > j && k < tokens.size() && tokens.get(k).is(')');
    }

    /** The first word of each listed two-word "&lt;X&gt; jeugdhulp" (jeugdzorg, GGZ ...), lower case. */
    private static Set<String> heads() {
        Set<String> heads = new HashSet<>();
        for (String entry : WordLists.lowerCaseSet("organisations.txt")) {
            String[] parts = entry.split(" ");
            if (parts.length == 2 && PROVIDER_WORDS.contains(parts[1].toLowerCase(Locale.ROOT))) {
                heads.add(parts[0].toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(heads);
    }
}
