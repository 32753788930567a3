package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 26 (t26-held): a surname written in capitals as the subject of a sentence in ordinary case ("MARTIENS belde om
 * vijf uur", "KOWALCZYK zegt dat ..."): a word in capitals at a sentence start, right before a person's verb in lower
 * case, that is no Dutch word, no place and no organisation, with five or more letters and a vowel (acronyms are
 * short or have none: "GGD belde", "CJIB stuurt"), and that a name list holds (a given name, surname or weak name) or
 * that has a patronymic shape: a listed given name (also a weak name) and "s", "se", "sen" or "x" ("MARTIENS": Martien +
 * s; "JANSSEN").
 * Stays: an organisation or word in capitals ("POLITIE belde", "VEILIG THUIS belt"), an organisation of no list
 * ("TRAJEKT zegt ...", review rb), a line in capitals ("MARTIENS BELDE": a heading, the shouted reading), an acronym of
 * four or fewer letters. Stateless.
 */
final class CapitalsSubjectBeforeVerb {

    private CapitalsSubjectBeforeVerb() {
    }

    static void flag(List<Token> tokens, boolean[] covered, boolean shouted, WordLists words, boolean[] flag) {
        if (shouted) {
            return;
        }
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            Token verb = tokens.get(i + 1);
            if (flag[i] || covered[i] || !t.sentenceStart() || !t.isWord() || !t.allCaps() || t.text().length() < 5
                    || !verb.isWord() || verb.capitalised() || !PersonNameDetector.isPersonVerb(verb.lower())
                    || !vowel(t.lower())) {
                continue;
            }
            String lower = t.lower();
            if (words.isWord(lower) || words.isPlace(lower) || words.isAbroad(lower)
                    || words.allowed().match(tokens, i).length() > 0 || !nameShaped(lower, words)) {
                continue;
            }
            flag[i] = true;
        }
    }

    /** A word of a name list, or a listed given name with a patronymic ending ("martiens", "janssen", "hendrix"). */
    private static boolean nameShaped(String lower, WordLists words) {
        String cap = NameClassifier.capitalise(lower);
        if (words.isName(cap) || words.isWeakName(lower)) {
            return true;
        }
        for (String ending : PATRONYMIC) {
            if (lower.length() > ending.length() + 2 && lower.endsWith(ending)) {
                String stem = lower.substring(0, lower.length() - ending.length());
                if (words.isFirstName(NameClassifier.capitalise(stem)) || words.isWeakName(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] PATRONYMIC = {"ssen", "sen", "se", "s", "x", "z"};

    private static boolean vowel(String lower) {
        int vowels = 0;
        for (int k = 0; k < lower.length(); k++) {
            if ("aeiouy".indexOf(lower.charAt(k)) >= 0) {
                vowels++;
            }
        }
        return vowels >= 2;
    }
}
