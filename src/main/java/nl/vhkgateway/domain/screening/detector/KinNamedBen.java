package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 17 (r17-names): a given name that is also a Dutch verb form of the first person, right after a kin or role
 * word: "opa ben komt elke vrijdag", "Opa Ben haalt de kinderen op", "oom ben said". "Ben" is a listed given name
 * (the exceptions list) and a particle ("Ben Ali"), so the name rules leave it alone; as a verb it only goes with
 * "ik", and a kin noun is third person: after a kin word it is the relative's name. Left alone when "ik" stands
 * earlier in the same clause ("dat ik oma ben", "toen ik opa ben geworden") or right after it ("Opa ben ik nog
 * niet"), and when a capitalised word follows it (a name with a particle, "oom Ben Ali": the rules for the next word
 * decide). Stateless and thread-safe.
 */
final class KinNamedBen {

    /** Given names that are first-person verb forms only. */
    private static final Set<String> FIRST_PERSON_NAMES = Set.of("ben");
    private static final Set<String> FIRST_PERSON_PRONOUNS = Set.of("ik", "'k", "k");
    private static final Set<String> SECOND_PERSON_AFTER = Set.of("ik", "je", "jij", "u", "'k");

    private KinNamedBen() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            Token kin = tokens.get(i - 1);
            if (flag[i] || !t.isWord() || t.allCaps() || !FIRST_PERSON_NAMES.contains(t.lower()) || !kin.isWord()
                    || !words.isKinOrRole(kin.lower()) || kin.allCaps() && !t.allCaps()) {
                continue;
            }
            if (i + 1 < n && tokens.get(i + 1).isWord() && (SECOND_PERSON_AFTER.contains(tokens.get(i + 1).lower())
                    || tokens.get(i + 1).capitalised())) {
                continue; // "Opa ben ik nog niet", "oom Ben Ali"
            }
            if (firstPersonBefore(tokens, i - 1)) {
                continue; // "dat ik oma ben", "toen ik opa ben geworden"
            }
            flag[i] = true;
        }
    }

    private static boolean firstPersonBefore(List<Token> tokens, int kin) {
        for (int k = kin - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.is('.') || t.is('?') || t.is('!') || t.is(';')) {
                return false;
            }
            if (t.isWord() && FIRST_PERSON_PRONOUNS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
