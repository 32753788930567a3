package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 14 (r14-allow2): a listed place of several words written in capitals ("HORST AAN DE MAAS", "ALPHEN AAN DEN
 * RIJN", "CAPELLE AAN DEN IJSSEL", typical of a header line "VHK - VERTROUWELIJK - ..."): the word that ends it is part
 * of the place, not a surname after "DE". Only words in capitals that together, from some earlier token up to this
 * one, spell a place of the place lists count; a surname after an article that spells no listed place ("BIJ DE
 * VRIES") is untouched. Stateless.
 */
final class CapitalPlacePhrase {

    private static final int MAX_WORDS = 6;

    private CapitalPlacePhrase() {
    }

    /**
     * Whether token {@code end} closes a listed place of two or more words written in capitals.
     *
     * @param shouted the whole text was written in capitals (the tokens are in Title Case)
     */
    static boolean endsListedPlace(List<Token> tokens, int end, WordLists words, boolean shouted) {
        StringBuilder phrase = new StringBuilder(tokens.get(end).lower());
        int wordsSeen = 1;
        for (int k = end - 1; k >= 0 && wordsSeen < MAX_WORDS; k--) {
            Token t = tokens.get(k);
            if (!t.isWord() || !(shouted || t.allCaps())) {
                return false;
            }
            phrase.insert(0, t.lower() + " ");
            wordsSeen++;
            if (words.isPlaceInContext(phrase.toString())) {
                return true;
            }
        }
        return false;
    }
}
