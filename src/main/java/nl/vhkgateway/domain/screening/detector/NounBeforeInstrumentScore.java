package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 26 (t26-held): an abstract noun of degree or quality that is a name too opening a scored line of a report form:
 * "Ernst volgens VIM-schaal: 3 (matig)", "Hoop volgens de meetlijst: laag". The word is one of {@link #QUALITY_NOUNS}
 * (review rb: a child's name that is a word, "Merel volgens de SDQ-vragenlijst: verhoogd", is the per-child results line
 * of a report and stays a name), opens its sentence, "volgens"
 * follows, then an instrument (a word ending in schaal, lijst, meting, score, index, norm, protocol, model, methode,
 * test, instrument, also in a hyphenated compound, up to an article before it), and a colon closes the label within a
 * few words. Stays: a person or a name after "volgens" ("Ernst volgens moeder: ...", "Ernst volgens Sanne:"), no colon
 * ("Ernst volgens de schaal is boos"), a name that is no Dutch word ("Sanne volgens de lijst: ..."). Stateless.
 */
final class NounBeforeInstrumentScore {

    private static final List<String> INSTRUMENTS = List.of("schaal", "lijst", "meting", "score", "index", "norm",
            "protocol", "model", "methode", "test", "instrument", "matrix", "richtlijn", "systematiek");

    /**
     * Abstract nouns of degree or quality that a form scores and that name lists hold as given names or surnames
     * (ernst: severity; hoop, moed, kracht, rust ...): no concrete noun (Merel, Roos, Iris, Linde) is among them.
     */
    private static final java.util.Set<String> QUALITY_NOUNS = java.util.Set.of("ernst", "hoop", "moed", "trouw",
            "vrede", "geluk", "liefde", "vreugde", "kracht", "rust", "deugd", "zege", "ijver", "angst", "zorg", "spanning");

    private NounBeforeInstrumentScore() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 3 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !t.sentenceStart()
                    || !QUALITY_NOUNS.contains(t.lower()) || !tokens.get(i + 1).text().equals("volgens")) {
                continue;
            }
            int k = i + 2;
            if (k < n && tokens.get(k).isWord() && (tokens.get(k).text().equals("de")
                    || tokens.get(k).text().equals("het"))) {
                k++;
            }
            int end = instrumentEnd(tokens, k);
            if (end < 0 || !colonWithin(tokens, end, 3)) {
                continue;
            }
            flag[i] = false;
        }
    }

    /** The index after the instrument ("VIM-schaal", "meetlijst", "de Sterke Schouders-score"), or -1. */
    private static int instrumentEnd(List<Token> tokens, int k) {
        int n = tokens.size();
        for (int j = k; j < n && j <= k + 3; j++) {
            Token t = tokens.get(j);
            if (!(t.isWord() || t.is('-'))) {
                return -1;
            }
            if (t.isWord() && instrument(t.lower())) {
                return j + 1;
            }
        }
        return -1;
    }

    private static boolean instrument(String lower) {
        for (String e : INSTRUMENTS) {
            if (lower.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean colonWithin(List<Token> tokens, int k, int max) {
        for (int j = k; j < tokens.size() && j <= k + max; j++) {
            if (tokens.get(j).is(':')) {
                return true;
            }
            if (tokens.get(j).endsSentence()) {
                return false;
            }
        }
        return false;
    }
}
