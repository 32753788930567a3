package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 24 (t24-new): "aan Zee" after a capitalised word ends the name of a place or an organisation by the sea:
 * "naar Julianadorp aan Zee", "Egmond aan Zee", "Scholen aan Zee vraagt verlof", "Hotel aan Zee". "Zee" is a listed
 * surname, but "aan" before it and a capitalised word before that make it the sea. Stays a name: "Zee" without "aan"
 * before it ("mevrouw Zee belde", "Van der Zee"), and after a kin, role or title word ("oom aan Zee" is no place;
 * the rules before decide). Stateless.
 */
final class ZeeInPlaceName {

    private ZeeInPlaceName() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        for (int k = 2; k < tokens.size(); k++) {
            Token zee = tokens.get(k);
            if (!flag[k] || !zee.isWord() || !zee.text().equals("Zee")) {
                continue;
            }
            Token aan = tokens.get(k - 1);
            Token head = tokens.get(k - 2);
            // review rc: not a sentence's first word as head ("Doorgegeven aan Zee"), not before a person apposition
            boolean firstWord = k - 2 == 0 || tokens.get(k - 3).is('.') || tokens.get(k - 3).is(':')
                    || tokens.get(k - 3).is('!') || tokens.get(k - 3).is('?');
            boolean apposition = k + 2 < tokens.size() && tokens.get(k + 1).is(',') && tokens.get(k + 2).isWord()
                    && (tokens.get(k + 2).lower().equals("de") || tokens.get(k + 2).lower().equals("het")
                    || tokens.get(k + 2).lower().equals("een") || words.isKinOrRole(tokens.get(k + 2).lower()));
            if (firstWord && !words.isPlace(head.lower()) && participle(head.lower()) || apposition) {
                continue;
            }
            if (aan.isWord() && aan.text().equals("aan") && head.isWord() && head.capitalised() && !head.allCaps()
                    && !words.isKinOrRole(head.lower()) && !words.isTitle(head.lower())
                    && !words.isTussenvoegsel(head.lower())) {
                flag[k] = false;
            }
        }
    }

    /** A past participle's shape opening the sentence ("Doorgegeven aan Zee", "Gemeld aan Zee", "Verteld aan"). */
    private static boolean participle(String lower) {
        return lower.matches("(?:door|over|aan|op|uit|mee|toe|terug)?(?:ge|be|ver|ont|her|er)\\p{L}+(?:d|t|en)");
    }
}
