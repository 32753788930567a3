package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 21 rule (t21-allow): a one-word care provider whose name is a listed given name or surname too
 * ({@code institutions-also-names.txt}: Timon, Rivas, Amarant, Brijder, Antes, Florence; and, since the review, the
 * one-word providers that are given names in use though no list holds them: Neos, Odion, Livio, Aafje, Marente), which the generated
 * organisation list leaves out, read as the provider where only a provider stands:
 * <ul>
 * <li>opening the sentence before a verb of providing ("biedt", "levert", "verzorgt", "organiseert", "start", "zet
 * ... in", "heeft ... ingezet/aangeboden") with a care noun within six words after the verb ("Timon biedt sinds oktober
 * gezinsbegeleiding", "Timon biedt de kamertraining");</li>
 * <li>after a care noun and "via", closing its clause ("Intensieve ambulante gezinsbehandeling via Timon.");</li>
 * <li>opening the sentence before a care noun of a service ("Rivas kraamzorg ingezet", "Florence wijkverpleging komt
 * twee keer per week").</li>
 * </ul>
 * Care nouns are words ending in a noun of care (begeleiding, behandeling, training, hulp, zorg, opvang, therapie,
 * diagnostiek, verpleging, dagbesteding, ondersteuning ...). A person in a person slot stays a person: a kin word,
 * role, title or form of address before the word, a family apposition or an age after it ({@link RelativeGuard}),
 * person evidence after it in the "via" slot ({@link PlacesBySurroundings#personAround}), and, after a verb of
 * providing, a possessive or kin word in the window ("Florence biedt hulp aan haar broertje"); review (rev-allow): a
 * personal pronoun, possessive, kin word or role anywhere in the sentence ("..., ze is de peettante van J.", "Moeder
 * regelt de opvang via Florence"). "begeleidt" is no verb of
 * providing here: a professional of that given name does that too. Stateless.
 */
final class ListedNameInstitution {

    private static final class Holder {
        private static final Set<String> LOWER = WordLists.lowerCaseSet("institutions-also-names.txt");
    }

    private static final Set<String> PROVIDING = WordSets.of("biedt", "bood", "levert", "leverde", "verzorgt",
            "verzorgde", "organiseert", "organiseerde", "start", "startte", "zet", "zette", "heeft", "had");
    /** Participles that make "heeft/had" a verb of providing ("heeft gezinsbegeleiding ingezet"). */
    private static final Set<String> PROVIDING_PARTICIPLES = WordSets.of("ingezet", "aangeboden", "gestart",
            "opgestart", "geleverd", "georganiseerd", "toegezegd");
    private static final List<String> CARE_ENDINGS = List.of("begeleiding", "behandeling", "training", "trainingen",
            "hulp", "hulpverlening", "zorg", "opvang", "therapie", "diagnostiek", "verpleging", "dagbesteding",
            "ondersteuning", "coaching", "traject", "revalidatie", "logeeropvang", "kraamzorg", "thuiszorg",
            "consulten", "cursus", "groep");
    /** Care nouns of a service right after the provider's name ("Rivas kraamzorg"). */
    private static final List<String> SERVICE_ENDINGS = List.of("kraamzorg", "thuiszorg", "wijkverpleging",
            "jeugdhulp", "jeugdzorg", "dagbesteding", "begeleiding", "behandeling", "revalidatie", "verslavingszorg",
            "ouderenzorg", "gehandicaptenzorg");
    private static final Set<String> POSSESSIVES = WordSets.of("zijn", "haar", "hun", "z'n", "m'n", "mijn");
    private static final Set<String> PRONOUNS = WordSets.of("hij", "zij", "ze", "hem", "ik", "jij", "je", "wij", "we");
    private static final int WINDOW = 6;

    private ListedNameInstitution() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !Holder.LOWER.contains(t.lower())
                    || RelativeGuard.around(tokens, role, words, i)) {
                continue;
            }
            boolean opens = i == 0 || t.sentenceStart();
            if (personInSentence(tokens, words, i)) {
                continue;
            }
            if (opens && (providingAfter(tokens, words, i) || serviceAfter(tokens, i))
                    || viaAfterCare(tokens, role, words, i)) {
                flag[i] = false;
            }
        }
    }

    /** "Timon biedt (sinds oktober) gezinsbegeleiding", "Timon heeft ambulante hulp ingezet". */
    private static boolean providingAfter(List<Token> tokens, WordLists words, int i) {
        int n = tokens.size();
        if (i + 1 >= n || !tokens.get(i + 1).isWord() || !PROVIDING.contains(tokens.get(i + 1).lower())) {
            return false;
        }
        String verb = tokens.get(i + 1).lower();
        boolean auxiliary = verb.equals("heeft") || verb.equals("had");
        boolean participle = false;
        boolean care = false;
        for (int k = i + 2; k < n && k <= i + 1 + WINDOW; k++) {
            Token w = tokens.get(k);
            if (!w.isWord()) {
                if (w.isNumber()) {
                    continue;
                }
                break;
            }
            String lower = w.lower();
            if (POSSESSIVES.contains(lower) || words.isKinOrRole(lower) || w.capitalised()) {
                return false;
            }
            participle |= PROVIDING_PARTICIPLES.contains(lower);
            care |= WordLists.endsWithAny(lower, CARE_ENDINGS);
        }
        return care && (!auxiliary || participle);
    }

    /** "Rivas kraamzorg ingezet", "Florence wijkverpleging komt". */
    private static boolean serviceAfter(List<Token> tokens, int i) {
        return i + 1 < tokens.size() && tokens.get(i + 1).isWord() && !tokens.get(i + 1).capitalised()
                && WordLists.endsWithAny(tokens.get(i + 1).lower(), SERVICE_ENDINGS);
    }

    /** "gezinsbehandeling via Timon." at the end of its clause. */
    private static boolean viaAfterCare(List<Token> tokens, int[] role, WordLists words, int i) {
        if (i < 2 || !tokens.get(i - 1).isWord() || !tokens.get(i - 1).lower().equals("via")
                || !tokens.get(i - 2).isWord() || !WordLists.endsWithAny(tokens.get(i - 2).lower(), CARE_ENDINGS)
                || PlacesBySurroundings.personAround(tokens, role, words, i)) {
            return false;
        }
        if (i + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(i + 1);
        return !next.isWord() && !next.is('(') || next.isWord() && next.lower().equals("in");
    }

    /**
     * Review (rev-allow): a personal pronoun, a possessive or a kin word or role anywhere in the word's sentence ("...,
     * ze is de peettante van J.", "Moeder regelt de opvang via Florence"): the sentence speaks of persons, and the
     * word may be one of them.
     */
    private static boolean personInSentence(List<Token> tokens, WordLists words, int i) {
        int from = i;
        while (from > 0 && !tokens.get(from - 1).endsSentence()) {
            from--;
        }
        for (int k = from; k < tokens.size(); k++) {
            Token w = tokens.get(k);
            if (k > i && w.endsSentence()) {
                break;
            }
            if (k != i && w.isWord() && (PRONOUNS.contains(w.lower()) || POSSESSIVES.contains(w.lower())
                    || words.isKinOrRole(w.lower()))) {
                return true;
            }
        }
        return false;
    }


}
