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
 * ("noemt hem Feyenoord-fan"), a place's inhabitant ("noemen hem Amsterdammer"), and after "haar"/"hun", which may be a
 * possessive, a Dutch word or a word that does not close its clause ("noemt haar Pinkstergemeente als steun") (review
 * rb). Stateless.
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
                    || words.allowed().match(tokens, j).length() > 0 || j + 1 < n && tokens.get(j + 1).is('-')
                    || inhabitant(name.lower(), words)
                    // review rb: "noemt haar Pinkstergemeente als steun": "haar"/"hun" may be a possessive; then the
                    // name must be no Dutch word and close its clause
                    || possessiveObject(tokens, v, end) && (words.isDutchWord(name.lower()) || !closes(tokens, j + 1))) {
                continue;
            }
            flag[j] = true;
        }
    }

    /** Endings of inhabitant nouns: "Amsterdammer", "Tilburger", "Bredanaar", "Limburger", "Groninger". */
    private static final String[] INHABITANT_ENDINGS = {"enaar", "naar", "aar", "ner", "er"};

    /** Review rb: a place's inhabitant ("noemen hem Amsterdammer") describes, it does not name. */
    private static boolean inhabitant(String lower, WordLists words) {
        for (String e : INHABITANT_ENDINGS) {
            if (lower.length() > e.length() + 2 && lower.endsWith(e)) {
                String stem = lower.substring(0, lower.length() - e.length());
                if (words.isPlace(stem) || stem.length() > 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                        && words.isPlace(stem.substring(0, stem.length() - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The object is the single word "haar" or "hun", which may open a possessive ("noemt haar X ..."). */
    private static boolean possessiveObject(List<Token> tokens, int verb, int end) {
        Token last = tokens.get(end - 1);
        return end - 1 > verb && (last.text().equals("haar") || last.text().equals("hun"));
    }

    /** The clause ends right after the name: a full stop, comma, semicolon, "!", "?" or the end; not "als". */
    private static boolean closes(List<Token> tokens, int k) {
        return k >= tokens.size() || tokens.get(k).is('.') || tokens.get(k).is(',') || tokens.get(k).is(';')
                || tokens.get(k).is('!') || tokens.get(k).is('?');
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
