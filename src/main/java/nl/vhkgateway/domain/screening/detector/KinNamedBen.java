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
    private static final Set<String> FIRST_PERSON_PRONOUNS = Set.of("ik", "'k", "k", "ikke");
    private static final Set<String> SECOND_PERSON_AFTER = Set.of("ik", "ikke", "ikzelf", "je", "jij", "u", "'k",
            "k");
    /** A child's own words for a parent: "'Mama ben ziek'" is a toddler's "is", not a name in lower case. */
    private static final Set<String> CHILD_PARENT_WORDS = Set.of("mama", "papa", "mam", "pap", "mammie", "pappie",
            "mamma", "pappa", "ma", "pa");
    /** Finite verbs that give an earlier "ik" its own verb ("Ik heb gesproken met opa ben"). */
    private static final Set<String> OWN_VERBS = Set.of("heb", "had", "ga", "ging", "wil", "wilde", "zal", "zou",
            "moet", "moest", "kan", "kon", "mag", "mocht", "zeg", "zei", "weet", "wist", "denk", "dacht", "vind",
            "vond", "hoop", "spreek", "sprak", "bel", "belde", "zie", "zag", "ken", "kende", "woon", "woonde", "was");

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
            if (i + 1 < n && tokens.get(i + 1).isWord() && tokens.get(i + 1).capitalised()) {
                continue; // "oom Ben Ali": the rules for the next word decide
            }
            boolean capitalMidSentence = t.capitalised() && !kin.sentenceStart() || t.capitalised() && i >= 2
                    && !tokens.get(i - 2).isWord() && !TelegramWords.quote(tokens.get(i - 2));
            if (!capitalMidSentence && (pronounAfter(tokens, i) || afterAls(tokens, i - 1)
                    || CHILD_PARENT_WORDS.contains(kin.lower()) && !t.capitalised()
                    || firstPersonBefore(tokens, i - 1))) {
                continue; // "Opa ben ik nog niet", "Als moeder ben ik", "'Mama ben ziek'", "dat ik oma ben"
            }
            flag[i] = true;
        }
    }

    /**
     * An "ik" earlier in the clause that has no verb of its own yet ("dat ik oma ben"; not "Ik heb gesproken met opa
     * ben", where "ik" already has "heb").
     */
    private static boolean firstPersonBefore(List<Token> tokens, int kin) {
        for (int k = kin - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.is('.') || t.is('?') || t.is('!') || t.is(';')) {
                return false;
            }
            if (t.isWord() && FIRST_PERSON_PRONOUNS.contains(fold(t.lower()))) {
                return !(k + 1 < kin && tokens.get(k + 1).isWord()
                        && OWN_VERBS.contains(tokens.get(k + 1).lower()));
            }
        }
        return false;
    }

    /** "ik" (also "ík", "ikke", "'k") within three words after "ben", apostrophes and adverbs between. */
    private static boolean pronounAfter(List<Token> tokens, int ben) {
        int words = 0;
        for (int k = ben + 1; k < tokens.size() && words < 4; k++) {
            Token t = tokens.get(k);
            if (t.is('\'') || t.is('’')) {
                continue;
            }
            if (!t.isWord()) {
                return false;
            }
            words++;
            if (SECOND_PERSON_AFTER.contains(fold(t.lower()))) {
                return true;
            }
        }
        return false;
    }

    /** "Als moeder ben ik ...": "als" and a kin or role word before "ben" always frame the verb. */
    private static boolean afterAls(List<Token> tokens, int kin) {
        return kin > 0 && tokens.get(kin - 1).isWord() && tokens.get(kin - 1).lower().equals("als");
    }

    private static String fold(String lower) {
        return lower.replace('í', 'i');
    }
}
