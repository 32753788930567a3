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
 * <li>as an item of a list of professionals, before a bracket that holds one to three words of a service the provider
 * gives and nothing else ({@link #SERVICE_FORMS}: "ambulant", "dagbehandeling", "gezinsbegeleiding"): the item before
 * it ends in a job noun ({@code job-nouns.txt}, also as a compound's end: "wijkagent", "woonwagenconsulent") or the
 * item after it is one, that noun an item of its own (a parent's job in "vader (1983) buschauffeur, Timon
 * (behandeling)" is not), and the list goes on or ends right after the bracket (",", ";", ".", the end):
 * "leerplicht, wijkagent, Timon (ambulant).";</li>
 * <li>right after a Chamber of Commerce label ("KvK", "KvK-nummer", "KvK-nr") and before a colon or a number ("KvK
 * Timon: 41180883"): the register of organisations.</li>
 * </ul>
 * Stay names (review revallow): a child's placement in the bracket ("Timon (gezinshuis)", "Bouman (residentieel)",
 * "(pleegzorg)", "(opname)", "(crisisopvang)": the way a family list names where a child lives), a list of family
 * members around it ("moeder, Timon (ambulant)"), a verb or an age after the bracket ("Timon (ambulant) wil ..."), an
 * age, relation or person word in the bracket ("Timon (8)", "Timon (ambulant begeleider)"), a family word, role or
 * title right before it ("broer Timon (ambulant)") and a word that heads no listed provider ("Sanne (ambulant)",
 * "KvK Sanne:"). Stateless.
 */
final class CareProviderHeadWord {

    /** The second word of a listed organisation whose first word names a youth-care or mental-health provider. */
    private static final Set<String> PROVIDER_WORDS = Set.of("jeugdhulp", "jeugdzorg", "zorg", "ggz", "jeugd-ggz",
            "gezinszorg", "jeugdbescherming", "hulpverlening", "welzijn");
    /** Services a provider gives (never a child's placement: no gezinshuis, pleegzorg, opname, residentieel). */
    static final Set<String> SERVICE_FORMS = Set.of("ambulant", "ambulante", "ambulatoir", "hulp", "begeleiding",
            "behandeling", "dagbehandeling", "thuisbegeleiding", "gezinsbegeleiding", "jeugdhulp", "jeugd-ggz", "ggz");
    private static final Set<String> JOB_NOUNS = WordLists.lowerCaseSet("job-nouns.txt");
    private static final int COMPOUND_END = 4;
    private static final int MAX_WORDS = 3;
    private static final Set<String> HEADS = heads();

    private CareProviderHeadWord() {
    }

    /** Round 21 (t21-cards2): the word (lower case) heads a listed "&lt;X&gt; jeugdhulp" (jeugdzorg, GGZ ...). */
    static boolean headsProvider(String lower) {
        return HEADS.contains(lower);
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || !HEADS.contains(t.lower())) {
                continue;
            }
            if (tokens.get(i + 1).is('(') && !RelativeGuard.kinBefore(tokens, role, words, i)
                    && serviceBracketInList(tokens, i) || afterRegisterLabel(tokens, i)) {
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

    /** "X (service)" ending an item of a comma list whose neighbouring item ends in a job noun. */
    private static boolean serviceBracketInList(List<Token> tokens, int i) {
        int n = tokens.size();
        int k = i + 2;
        while (k < n && k - (i + 2) < MAX_WORDS && tokens.get(k).isWord()
                && SERVICE_FORMS.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k == i + 2 || k >= n || !tokens.get(k).is(')')) {
            return false;
        }
        int after = k + 1;
        boolean itemEnds = after >= n || tokens.get(after).is(',') || tokens.get(after).is(';')
                || tokens.get(after).is('.');
        if (!itemEnds) {
            return false;
        }
        boolean jobBefore = i >= 2 && tokens.get(i - 1).is(',') && jobNoun(tokens.get(i - 2))
                && (i == 2 || itemBoundary(tokens.get(i - 3)));
        boolean jobAfter = after + 1 < n && tokens.get(after).is(',') && jobNoun(tokens.get(after + 1))
                && (after + 2 >= n || itemBoundary(tokens.get(after + 2)));
        return jobBefore || jobAfter;
    }

    /** A comma, semicolon, colon or period: the job noun is a list item of its own, not "vader (1983) buschauffeur". */
    private static boolean itemBoundary(Token t) {
        return t.is(',') || t.is(';') || t.is(':') || t.is('.');
    }

    /** A lower-case job noun of the list, or a compound ending in one of four letters or more ("woonwagenconsulent"). */
    private static boolean jobNoun(Token t) {
        if (!t.isWord() || t.capitalised() && !t.sentenceStart()) {
            return false;
        }
        String lower = t.lower();
        if (JOB_NOUNS.contains(lower)) {
            return true;
        }
        for (int cut = 1; cut + COMPOUND_END <= lower.length(); cut++) {
            if (JOB_NOUNS.contains(lower.substring(cut))) {
                return true;
            }
        }
        return false;
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
