package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 17 (r17-names): a child's name that is also a place, with a birth year in brackets: "Yde (2013) zit op het
 * voortgezet onderwijs", "Kinderen: Daan (2016) en Yde (2013)". A youth is named on a card by initial and birth year
 * only; a whole word before "(year)" is a name when it opens the sentence and a verb of a person follows
 * ("zit", "gaat", "woont", "zegt" ...), or when another name with a year in brackets stands in the same sentence
 * (siblings in a list). Left alone: a place after a preposition ("verhuisd naar Assen (2021)", "in Ede (2019)"), a
 * place with a year and a colon or a count ("Zwolle (2024): 12 meldingen"), a place before "is/was/had/heeft"
 * ("Ede (2019) had een wachtlijst"), places abroad, organisations. Stateless and thread-safe.
 */
final class PlaceNamedChildWithYear {

    /** Verbs of a person (present and past) right after the bracket. */
    private static final Set<String> PERSON_VERBS = WordSets.of("zit", "zat", "gaat", "ging", "woont", "woonde",
            "zegt", "zei", "vertelt", "vertelde", "speelt", "speelde", "slaapt", "sliep", "huilt", "huilde", "wil",
            "wilde", "durft", "durfde", "eet", "at", "vindt", "vond", "voelt", "voelde", "krijgt", "kreeg", "logeert",
            "logeerde", "spijbelt", "verzuimt", "fietst", "loopt", "liep", "praat", "praatte", "lacht", "plast",
            "rent");
    private static final Set<String> PREPOSITIONS = WordSets.of("in", "naar", "uit", "te", "vanuit", "bij", "via",
            "nabij", "richting", "van", "tot", "rond", "omgeving", "regio", "gemeente", "op", "door", "voor");

    private PlaceNamedChildWithYear() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 3 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || t.text().length() < 2
                    || !yearInBrackets(tokens, i + 1)) {
                continue;
            }
            String lower = t.lower();
            if (!(words.isPlace(lower) || words.isPlaceInContext(lower)) || words.isAbroad(lower)
                    || words.allowed().wordKind(lower).filter(k -> k != PhraseIndex.Kind.PLACE).isPresent()
                    || i > 0 && (tokens.get(i - 1).isWord() && PREPOSITIONS.contains(tokens.get(i - 1).lower())
                    || tokens.get(i - 1).is('-'))) {
                continue;
            }
            boolean personVerb = t.sentenceStart() && i + 4 < n && tokens.get(i + 4).isWord()
                    && !tokens.get(i + 4).capitalised() && PERSON_VERBS.contains(tokens.get(i + 4).lower())
                    && !subjectAfter(tokens, i + 5);
            if (personVerb || siblingWithYear(tokens, flag, i)) {
                flag[i] = true;
            }
        }
    }

    /** Review of round 17: "Emmen (2021) woont het gezin nu": a subject after the verb makes the place a topic. */
    private static final Set<String> SUBJECT_OPENERS = Set.of("het", "de", "een", "ze", "zij", "hij", "we", "wij",
            "men", "er", "moeder", "vader", "iedereen");

    private static boolean subjectAfter(List<Token> tokens, int k) {
        return k < tokens.size() && tokens.get(k).isWord() && SUBJECT_OPENERS.contains(tokens.get(k).lower());
    }

    /** "(2013)": a year a child of today may be born in, in brackets. */
    private static boolean yearInBrackets(List<Token> tokens, int open) {
        if (open + 2 >= tokens.size() || !tokens.get(open).is('(') || !tokens.get(open + 2).is(')')) {
            return false;
        }
        String year = tokens.get(open + 1).text();
        if (year.length() != 4 || !tokens.get(open + 1).isNumber()) {
            return false;
        }
        int y = Integer.parseInt(year);
        return y >= 1995 && y <= 2027;
    }

    /** Another flagged name with a year in brackets in the same sentence: siblings in one list. */
    private static boolean siblingWithYear(List<Token> tokens, boolean[] flag, int i) {
        for (int dir = -1; dir <= 1; dir += 2) {
            for (int k = i + dir; k >= 0 && k + 3 < tokens.size(); k += dir) {
                Token t = tokens.get(k);
                if (t.is('.') || t.is('?') || t.is('!') || t.is(';')) {
                    break;
                }
                if (k != i && flag[k] && t.isWord() && yearInBrackets(tokens, k + 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
