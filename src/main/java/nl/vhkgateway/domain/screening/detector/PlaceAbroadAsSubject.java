package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 14 (names): a given name that is also the name of a town abroad, as the subject of a verb only a person does
 * ("Jiayi vertelt dat ze thuis moet koken", "Chau huilt veel"): the first word of a sentence or note, a place of the
 * GeoNames list abroad and of no Dutch or Belgian list, before "vertelt", "zegt", "huilt", "lacht", "voelt", "denkt",
 * "speelt", "slaapt" ... Towns do none of these; a town as an actor is a government or club and takes other verbs
 * ("Ankara wil", "Moskou eist"), and a place after a preposition or in a list is never read here ("in Jiayi", "Jiayi en
 * Tainan"). Stateless.
 */
final class PlaceAbroadAsSubject {

    private static final Set<String> PERSON_ONLY = WordSets.of("vertelt", "vertelde", "zegt", "zei", "huilt", "huilde",
            "lacht", "lachte", "voelt", "voelde", "denkt", "dacht", "speelt", "speelde", "slaapt", "sliep", "durft",
            "durfde", "schaamt", "schaamde", "plast", "fietst", "logeert", "logeerde", "spijbelt", "spijbelde");

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
            if (lower.length() >= 3 && TelegramWords.letters(lower) && words.isAbroad(lower)
                    && !words.isDomesticPlace(lower) && !words.isWord(lower) && !words.isKinOrRole(lower)) {
                flag[i] = true;
            }
        }
    }
}
