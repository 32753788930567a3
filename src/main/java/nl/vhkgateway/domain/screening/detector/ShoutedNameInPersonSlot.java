package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 26 (t26-items): a name written in capitals inside ordinary text, in a slot that wants a person: after
 * "volgens" ("Volgens DEKKERS slaat vader ..."), or opening a clause before a verb of a person's own doing ("VERSTEGEN
 * zegt dat ...", "RAMIREZ staat als huurder op het contract"). The detector reads a word in capitals as a name when it
 * is a listed name that is no word, or after a family word or a title; a surname that is also a Dutch word ("Moonen")
 * or one of the large list of names from abroad only was left in capitals, as an acronym. The word must be a listed
 * given name or surname or a name of the large list, of five or more letters with two vowel groups (no acronym is
 * pronounced so: "ARIJ", "JBRR", "ASVZ"), and no organisation, brand or other allowed word ("volgens BRP", "volgens
 * IND", "TESO geeft"). Counter-shapes that stay: an acronym in the same slots, a capitalised heading word before a
 * noun ("SAVE team"), the auxiliaries and verbs of having and going after a clause's first word ("DOCK heeft een
 * buurtvader ingezet": an organisation's doing as well as a person's). Stateless.
 */
final class ShoutedNameInPersonSlot {

    /** Verbs of a person's own speaking and acting after a name opening a clause. */
    private static final Set<String> OWN_VERBS = WordSets.of("zegt", "zei", "vertelt", "vertelde", "vindt", "vond",
            "denkt", "dacht", "voelt", "voelde", "huilt", "huilde", "slaapt", "sliep", "belt", "belde", "antwoordt",
            "antwoordde", "vraagt", "vroeg", "praat", "praatte", "lacht", "lachte", "schreeuwt", "schreeuwde", "ontkent",
            "ontkende", "erkent", "erkende", "slaat", "sloeg", "duwt", "duwde", "schopt", "schopte", "bedreigt",
            "bedreigde", "weigert", "weigerde", "woont", "woonde", "drinkt", "dronk", "huurt", "huurde", "staat");

    private static final Set<String> JOB_NOUNS = WordLists.lowerCaseSet("job-nouns.txt");

    private ShoutedNameInPersonSlot() {
    }

    static void flag(List<Token> tokens, boolean[] covered, boolean shouted, WordLists words, boolean[] flag) {
        if (shouted) {
            return;
        }
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (registerOrder(tokens, covered, words, i)) {
                flag[i] = true;
                flag[i + 2] = true;
                continue;
            }
            if (flag[i] || covered[i] || !t.isWord() || !t.allCaps() || t.text().length() < 5 || !nameLike(t, words)) {
                continue;
            }
            boolean afterVolgens = i > 0 && tokens.get(i - 1).isWord() && tokens.get(i - 1).lower().equals("volgens");
            if (afterVolgens && i + 1 < n && tokens.get(i + 1).isWord() && tokens.get(i + 1).allCaps()) {
                continue; // a run in capitals: a heading or an organisation's name
            }
            if (afterVolgens || clauseStart(tokens, i) && i + 1 < n && ownVerb(tokens, i + 1)) {
                flag[i] = true;
            }
        }
    }

    /**
     * A register's order "SURNAME, GIVEN NAME" in capitals ("| HOEKSTRA-BAKHTIAR, FARSHAD |"): a word in capitals of
     * four or more letters that is pronounced (two vowel groups) and no allowed word, a comma, and a given name of the
     * lists in capitals, the pair alone in its cell or clause. Not two acronyms ("GGZ, SAVE"), not a run of more words
     * in capitals (a heading).
     */
    private static boolean registerOrder(List<Token> tokens, boolean[] covered, WordLists words, int i) {
        int n = tokens.size();
        if (i + 2 >= n || !tokens.get(i + 1).is(',')) {
            return false;
        }
        Token surname = tokens.get(i);
        Token given = tokens.get(i + 2);
        if (!surname.isWord() || !surname.allCaps() || surname.text().length() < 4 || covered[i] || covered[i + 2]
                || !given.isWord() || !given.allCaps() || given.text().length() < 4
                || NameClassifier.vowelGroups(surname.lower()) < 2 || words.allowed().containsWord(surname.lower())
                || personNoun(surname.lower(), words) || personNoun(given.lower(), words)
                || words.isWord(surname.lower()) && !words.isSurname(NameClassifier.capitalise(surname.lower()))
                || i > 0 && tokens.get(i - 1).isWord() && tokens.get(i - 1).allCaps()
                || i + 3 < n && tokens.get(i + 3).isWord() && tokens.get(i + 3).allCaps()) {
            return false;
        }
        String lower = given.lower();
        return !words.allowed().containsWord(lower) && NameClassifier.vowelGroups(lower) >= 2
                && (words.isFirstName(NameClassifier.capitalise(lower)) || words.isWeakName(lower));
    }

    private static boolean nameLike(Token t, WordLists words) {
        String lower = t.lower();
        if (words.allowed().containsWord(lower) || NameClassifier.vowelGroups(lower) < 2 || personNoun(lower, words)) {
            return false;
        }
        String cap = NameClassifier.capitalise(lower);
        return words.isFirstName(cap) || words.isSurname(cap) || words.isWeakName(lower);
    }

    /**
     * Review ra (Rra-206..218, 223): a family word, role, title or job noun in capitals as a note's actor ("VADER zegt",
     * "Volgens BUURMAN", "RECHTER zegt", "PASTOOR zegt") is the person's role, not a name, also when a surname list
     * holds it.
     */
    static boolean personNoun(String lower, WordLists words) {
        return words.isKinOrRole(lower) || words.isTitle(lower) || JOB_NOUNS.contains(lower);
    }

    private static boolean clauseStart(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return before.is('.') || before.is(':') || before.is(';') || before.is('|');
    }

    /** A lower-case verb of the person's own doing; "staat" only as "staat als" (a role on a contract or list). */
    private static boolean ownVerb(List<Token> tokens, int j) {
        Token v = tokens.get(j);
        if (!v.isWord() || v.capitalised() || !OWN_VERBS.contains(v.lower())) {
            return false;
        }
        return !v.lower().equals("staat") || j + 1 < tokens.size() && tokens.get(j + 1).isWord()
                && tokens.get(j + 1).lower().equals("als");
    }
}
