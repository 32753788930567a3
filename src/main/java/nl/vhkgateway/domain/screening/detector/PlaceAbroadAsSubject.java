package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 14 (names): a given name that is also the name of a town abroad, as the subject of a verb only a person does
 * ("Jiayi vertelt dat ze thuis moet koken", "Chau huilt veel"): the first word of a sentence or note, a place of the
 * GeoNames list abroad and of no Dutch or Belgian list, before "vertelt", "zegt", "huilt", "lacht", "voelt", "denkt",
 * "speelt", "slaapt" ... Towns do none of these; a town as an actor is a government or club and takes other verbs
 * ("Ankara wil", "Moskou eist"), and a place after a preposition or in a list is never read here ("in Jiayi", "Jiayi en
 * Tainan"). Round 19 (r19-names): the same word as an apposition that names a relative just described ("de
 * oudste, Jiayi, tolkt voor moeder", "haar broer, Chau, werkt mee"): between two commas, after a determiner or
 * possessive and one relative's family word that ends the noun phrase, before a finite verb of a person, with no
 * "daar", "aldaar", "vandaan" or "die stad" taking the town up later. Review: "het dorp van opa, X, ligt", "haar ouders, X, bellen", "zijn broer, X,
 * geen contact" and "haar tante, X, zegt dat vader daar is" name the relative's place and stay. Stateless.
 */
final class PlaceAbroadAsSubject {

    private static final Set<String> PERSON_ONLY = WordSets.of("vertelt", "vertelde", "zegt", "zei", "huilt", "huilde",
            "lacht", "lachte", "voelt", "voelde", "denkt", "dacht", "speelt", "speelde", "slaapt", "sliep", "durft",
            "durfde", "schaamt", "schaamde", "plast", "fietst", "logeert", "logeerde", "spijbelt", "spijbelde");

    /** Round 19: finite verbs of a person right after an apposition ("de oudste, X, tolkt"). */
    private static final Set<String> APPOSITION_VERBS = WordSets.of("tolkt", "tolkte", "vertaalt", "vertaalde",
            "praat", "praatte", "vertelt", "vertelde", "zegt", "zei", "slaapt", "sliep", "huilt", "huilde", "past",
            "paste", "zorgt", "zorgde", "speelt", "speelde", "helpt", "hielp", "kookt", "kookte", "zit", "zat", "gaat",
            "ging", "wil", "wilde", "is", "was", "heeft", "had", "moet", "moest", "mag", "mocht", "durft", "durfde",
            "lacht", "lachte", "doet", "deed", "werkt", "werkte");
    /** Round 19 (review): family words for a group, which one name cannot be an apposition to. */
    private static final Set<String> GROUPS = WordSets.of("ouders", "familie", "kinderen", "grootouders", "broers",
            "zussen", "zusjes", "broertjes", "ooms", "tantes", "neven", "nichten", "gezin", "kids", "tweeling");
    /** Round 19 (review): words that take a place up later in the clause ("daar", "aldaar", "vandaan" ...). */
    private static final Set<String> PLACE_TAKEN_UP = WordSets.of("daar", "daarheen", "er", "erheen", "aldaar",
            "ginds", "daarginds", "daarnaartoe", "ernaartoe", "vandaan", "daarvandaan");
    private static final Set<String> PLACE_NOUNS = WordSets.of("stad", "dorp", "plaats", "land", "streek", "regio");
    /** Round 19: determiners and possessives that open the noun phrase before an apposition. */
    private static final Set<String> DETERMINERS = WordSets.of("de", "het", "haar", "zijn", "hun", "mijn", "z'n",
            "m'n", "diens", "wiens");

    private PlaceAbroadAsSubject() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !(i == 0 || t.sentenceStart())) {
                continue;
            }
            Token verb = tokens.get(i + 1);
            if (!verb.isWord() || !PERSON_ONLY.contains(verb.lower())) {
                continue;
            }
            String lower = t.lower();
            if (townAbroadOnly(words, lower)) {
                flag[i] = true;
            }
        }
        for (int i = 3; i + 2 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !tokens.get(i - 1).is(',')
                    || !tokens.get(i + 1).is(',') || !townAbroadOnly(words, t.lower())) {
                continue;
            }
            Token after = tokens.get(i + 2);
            if (!after.isWord() || !APPOSITION_VERBS.contains(after.lower()) || placeLater(tokens, i + 3)) {
                continue;
            }
            if (relativeBefore(tokens, i - 2, words)) {
                flag[i] = true;
            }
        }
    }

    /**
     * Round 19 (review): the noun phrase before the apposition is a determiner or possessive and one relative, the
     * family word last ("de oudste", "haar zus", "zijn jongste broer"): not a group ("haar ouders", "de familie van
     * moeder"), not a place or thing of a relative ("het dorp van opa", "de stad van oma").
     */
    private static boolean relativeBefore(List<Token> tokens, int end, WordLists words) {
        Token head = tokens.get(end);
        if (!head.isWord() || !CoverClauses.familyWord(head.lower(), words) || GROUPS.contains(head.lower())) {
            return false;
        }
        for (int p = end - 1; p >= 0 && p >= end - 3; p--) {
            Token w = tokens.get(p);
            if (!w.isWord() || w.lower().equals("van")) {
                return false;
            }
            if (DETERMINERS.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Round 19 (review): "daar" or "er" later in the clause takes the town up as a place ("zegt dat vader daar is"). */
    private static boolean placeLater(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is('.') || t.is(';')) {
                return false;
            }
            if (t.isWord() && PLACE_TAKEN_UP.contains(t.lower())) {
                return true;
            }
            if (t.isWord() && (t.lower().equals("die") || t.lower().equals("dat")) && k + 1 < tokens.size()
                    && tokens.get(k + 1).isWord() && PLACE_NOUNS.contains(tokens.get(k + 1).lower())) {
                return true; // "heeft een huis in die stad"
            }
        }
        return false;
    }

    /** A town of the list abroad that no Dutch or Belgian list, dictionary or kin list holds. */
    private static boolean townAbroadOnly(WordLists words, String lower) {
        return lower.length() >= 3 && TelegramWords.letters(lower) && words.isAbroad(lower)
                && !words.isDomesticPlace(lower) && !words.isWord(lower) && !words.isKinOrRole(lower);
    }

}
