package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 26 (t26-held): a person called by a name: "zij noemt de nieuwe vriend alleen Rambo", "ze noemen hem Kiki",
 * "hij noemde zijn stiefvader gewoon Tarzan". A verb of naming, its object (a personal pronoun, or a determiner, up
 * to two adjectives and a family, social or person noun), up to two adverbs (alleen, gewoon, altijd ...) and a
 * capitalised word: the name (a nickname is personal data, as "bijnaam" is), also where it is a word or a brand.
 * Stays: a thing named ("noemt de school Montessori", "noemt het plan Samen"), a kind word in lower case ("noemt hem
 * lui"), a kin word or title after the object ("noemt hem Opa": a form of address), a self-description ("noemt
 * zichzelf Nederlander"), a nationality, place, club or organisation of the allowed lists and a hyphenated compound
 * ("noemt hem Feyenoord-fan") (review rb). Stateless.
 */
final class NicknameAfterNamingVerb {

    private static final Set<String> VERBS = WordSets.of("noemt", "noemde", "noemden", "noemen", "noem", "genoemd",
            "roept", "riep", "riepen", "noemde");
    /** Objects that are other people ("zichzelf", "zich": a self-description, "noemt zichzelf Nederlander", stays). */
    private static final Set<String> PRONOUNS = WordSets.of("hem", "haar", "hen", "hun", "mij", "me", "ons", "jou",
            "je");
    private static final Set<String> DETERMINERS = WordSets.of("de", "het", "een", "zijn", "haar", "hun", "mijn", "onze",
            "z'n", "d'r", "die", "deze");
    private static final Set<String> PERSON_NOUNS = WordSets.of("vriend", "vriendin", "vriendje", "vriendinnetje",
            "man", "vrouw", "jongen", "meisje", "partner", "ex", "baby", "kind", "zoon", "dochter", "broer", "zus",
            "broertje", "zusje", "buurman", "buurvrouw", "buurjongen", "buurmeisje", "klasgenoot", "collega", "kerel",
            "gast", "jongeman", "minnaar", "vriendjes", "jongens", "meisjes");
    private static final Set<String> ADVERBS = WordSets.of("alleen", "gewoon", "altijd", "steeds", "vaak", "nog",
            "soms", "liefkozend", "ook", "dan", "enkel", "slechts", "toch", "meestal");

    private NicknameAfterNamingVerb() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int v = 0; v + 2 < n; v++) {
            if (!tokens.get(v).isWord() || !VERBS.contains(tokens.get(v).lower())) {
                continue;
            }
            int k = v + 1;
            // the subject may stand between an inverted verb and its object: "noemt ze hem ...", "noemt moeder hem"
            if (k + 1 < n && tokens.get(k).isWord() && !tokens.get(k).capitalised()
                    && (tokens.get(k).lower().equals("ze") || tokens.get(k).lower().equals("zij")
                    || tokens.get(k).lower().equals("hij") || words.isKinOrRole(tokens.get(k).lower()))
                    && objectEnd(tokens, words, k + 1) > 0) {
                k++;
            }
            int end = objectEnd(tokens, words, k);
            if (end < 0) {
                continue;
            }
            int j = end;
            for (int a = 0; a < 2 && j < n && tokens.get(j).isWord() && ADVERBS.contains(tokens.get(j).lower()); a++) {
                j++;
            }
            if (j >= n) {
                continue;
            }
            Token name = tokens.get(j);
            if (!name.isWord() || !name.capitalised() || name.allCaps() && name.text().length() < 3
                    || words.isKinOrRole(name.lower()) || words.isTitle(name.lower())
                    || NameClassifier.isFunctionWord(name.lower())
                    // review rb: a nationality, place, club or organisation ("noemt de jongen Nederlander"), and a
                    // compound with a hyphen ("noemt hem altijd Feyenoord-fan") describe, they do not name
                    || words.allowed().match(tokens, j).length() > 0 || j + 1 < n && tokens.get(j + 1).is('-')) {
                continue;
            }
            flag[j] = true;
        }
    }

    /** The index after the object that names a person, or -1. */
    private static int objectEnd(List<Token> tokens, WordLists words, int k) {
        int n = tokens.size();
        if (k >= n || !tokens.get(k).isWord()) {
            return -1;
        }
        String w = tokens.get(k).lower();
        if (DETERMINERS.contains(w)) {
            for (int j = k + 1; j < n && j <= k + 3; j++) {
                Token t = tokens.get(j);
                if (!t.isWord() || t.capitalised()) {
                    break;
                }
                if (PERSON_NOUNS.contains(t.lower()) || words.isKinOrRole(t.lower())
                        && !BirthDateDetector.PROFESSIONAL_ROLES.contains(t.lower())) {
                    return j + 1;
                }
            }
        }
        if (PRONOUNS.contains(w) && !tokens.get(k).capitalised()) {
            return k + 1;
        }
        return -1;
    }
}
