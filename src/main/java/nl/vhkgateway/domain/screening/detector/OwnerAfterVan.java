package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 11 rule: a place or group "van" a person names the person, not the organisation ("de school van Jip", "de
 * klas van Fenna", "de voetbalclub van Noor"). After a word that introduces an organisation ("school", "klas",
 * "club", "opvang") and a lower-case "van", a capitalised listed given name that no place list holds is the owner and
 * stays out of the organisation's name. A place stays the organisation's ("de school van Ede", "de voetbalclub van
 * Oss"); a capitalised "Van" is a particle of the name ("basisschool Van Gogh"). Nor when the given name goes on as a
 * full name or a proper phrase: a school named after a person ("de school van Anne Frank", "van Maria Goretti", "van
 * Juliana van Stolberg"). Round 19 (r19-names): after "klas" a full name is the owner too ("de klas van Noah
 * Kok"): no school is named "klas", so a class of a person's full name is that person's. Stateless.
 */
final class OwnerAfterVan {

    /** Round 19: the words of a school class, which is never named after a person. */
    private static final java.util.Set<String> CLASS_WORDS = WordSets.of("klas", "klasje", "schoolklas");

    private OwnerAfterVan() {
    }

    /** Round 19: the given name at {@code at} opens a listed phrase (a person a school is named after). */
    private static boolean properPhrase(List<Token> tokens, int at, WordLists words) {
        return words.allowed().match(tokens, at).length() > 1;
    }

    /** True when the words after the organisation word at {@code i} are "van" and a person's given name. */
    static boolean personOwnerAfter(List<Token> tokens, int i, WordLists words) {
        int n = tokens.size();
        if (i + 2 >= n) {
            return false;
        }
        Token van = tokens.get(i + 1);
        Token owner = tokens.get(i + 2);
        if (!van.isWord() || !van.text().equals("van") || !owner.isWord() || !owner.capitalised() || owner.allCaps()) {
            return false;
        }
        String text = NameClassifier.stripPossessive(owner.text());
        String lower = WordLists.lower(text);
        return words.isFirstName(text) && !words.isPlaceInContext(lower) && !words.isTussenvoegsel(lower)
                && !words.allowed().containsWord(lower) && (!fullNameOrPhrase(tokens, i + 2, words)
                || CLASS_WORDS.contains(tokens.get(i).lower()) && !properPhrase(tokens, i + 2, words));
    }

    /** The given name at {@code at} goes on with a capitalised word, a particle and a name, or forms a proper phrase. */
    private static boolean fullNameOrPhrase(List<Token> tokens, int at, WordLists words) {
        int n = tokens.size();
        if (at + 1 >= n) {
            return false;
        }
        Token next = tokens.get(at + 1);
        if (!next.isWord() || next.spaceBefore() == false) {
            return false;
        }
        if (next.capitalised()) {
            return true;
        }
        return words.isTussenvoegsel(next.lower()) && at + 2 < n && tokens.get(at + 2).isWord()
                && tokens.get(at + 2).capitalised();
    }
}
