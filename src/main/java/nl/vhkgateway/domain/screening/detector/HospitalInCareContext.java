package nl.vhkgateway.domain.screening.detector;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Round 16 rule (fix16-allow): many hospitals carry a saint's or given name ("Antonius", "Elisabeth", "Laurentius";
 * the heads of the listed "&lt;X&gt; Ziekenhuis", "&lt;X&gt; MC", "&lt;X&gt; Medisch Centrum", "&lt;X&gt; Zorggroep" of
 * {@code organisations.txt}). Without "Ziekenhuis" such a head is the hospital only in a hospital context:
 * <ul>
 * <li>right after "SEH" (the emergency department: "SEH Antonius Nieuwegein"); "SEH" itself is then no initials;</li>
 * <li>beside a slash whose other side is a listed organisation ("(Antonius / Altrecht)", "Altrecht / Antonius").</li>
 * </ul>
 * Leak guards: a kin word, role or title right before the word ("opa Antonius / Altrecht"), and a bracket right after
 * it ("Antonius (vader)") keep the flag; a given name with no hospital word after it elsewhere ("opa Antonius",
 * "Antonius (vader)") is no concern of this rule. Stateless.
 */
final class HospitalInCareContext {

    private static final Set<String> HOSPITAL_WORDS = Set.of("ziekenhuis", "mc", "medisch centrum", "zorggroep");
    private static final Set<String> HEADS = heads();

    private HospitalInCareContext() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int k = 1; k < n; k++) {
            Token word = tokens.get(k);
            if (!flag[k] || !word.isWord() || !word.capitalised() || word.allCaps()
                    || !HEADS.contains(word.lower()) || bracketAfter(tokens, k)) {
                continue;
            }
            Token before = tokens.get(k - 1);
            if (before.isWord() && before.text().equals("SEH")) {
                flag[k] = false;
                flag[k - 1] = false;
            } else if (!kinBefore(tokens, k, words) && besideListedOrganisation(tokens, k, words)) {
                flag[k] = false;
            }
        }
    }

    private static boolean bracketAfter(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k + 1).is('(');
    }

    private static boolean kinBefore(List<Token> tokens, int k, WordLists words) {
        Token before = tokens.get(k - 1);
        return before.isWord() && (words.isKinOrRole(before.lower()) || words.isTitle(before.lower()));
    }

    /** "Antonius / Altrecht" or "Altrecht / Antonius": a listed organisation on the other side of the slash. */
    private static boolean besideListedOrganisation(List<Token> tokens, int k, WordLists words) {
        int n = tokens.size();
        if (k + 2 < n && tokens.get(k + 1).is('/') && organisationAt(tokens, k + 2, words)) {
            return true;
        }
        if (k >= 2 && tokens.get(k - 1).is('/')) {
            for (int start = Math.max(0, k - 5); start <= k - 2; start++) {
                PhraseIndex.Match m = words.allowed().match(tokens, start);
                if (m.kind() == PhraseIndex.Kind.ORGANISATION && start + m.length() == k - 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean organisationAt(List<Token> tokens, int start, WordLists words) {
        Token first = tokens.get(start);
        return first.isWord() && first.capitalised()
                && words.allowed().match(tokens, start).kind() == PhraseIndex.Kind.ORGANISATION;
    }

    /** The first word of each listed "&lt;X&gt; Ziekenhuis" (MC, Medisch Centrum, Zorggroep), lower case. */
    private static Set<String> heads() {
        Set<String> heads = new HashSet<>();
        for (String entry : WordLists.lowerCaseSet("organisations.txt")) {
            int space = entry.indexOf(' ');
            if (space > 0 && HOSPITAL_WORDS.contains(entry.substring(space + 1).toLowerCase(Locale.ROOT))) {
                heads.add(entry.substring(0, space));
            }
        }
        return Set.copyOf(heads);
    }
}
