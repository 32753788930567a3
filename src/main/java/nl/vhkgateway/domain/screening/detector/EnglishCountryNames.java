package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 11 leak fix: a country written in English ("Sudan", "Cape Verde"; {@code places-english.txt}) is a place only
 * right after a place preposition (in, naar, uit, via, vanuit, nabij: "geboren in Syria", "kwam via Sudan") or right
 * before "vandaan", and never with person evidence around it ({@link PlacesBySurroundings#personAround}). Many of them
 * are given names or nicknames too, so they are no place anywhere: "speelt met Ireland", "Moeder en Italy", "Somalia
 * past op de kinderen" stay names. A word after "en" is not in place context ("geboren in Syria en England is zijn
 * beste vriend").
 *
 * <p>The countries are data ({@code places-english.txt}, curated). Immutable and thread-safe.
 */
final class EnglishCountryNames {

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "naar", "uit", "via", "vanuit", "nabij");

    /** The entries of {@code places-english.txt}. */
    private final CapitalisedPhrases countries;

    private EnglishCountryNames(CapitalisedPhrases countries) {
        this.countries = countries;
    }

    static EnglishCountryNames bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        private static final EnglishCountryNames BUNDLED = new EnglishCountryNames(
                CapitalisedPhrases.read("places-english.txt"));
    }

    /** Clears the flags of an English country name in place context. */
    void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token before = tokens.get(i - 1);
            if (!flag[i] || !before.isWord() || !tokens.get(i).capitalised()) {
                continue;
            }
            int length = countries.longestAt(tokens, i);
            if (length == 0) {
                continue;
            }
            int last = i + length - 1;
            boolean placeContext = PLACE_PREPOSITIONS.contains(before.text())
                    || last + 1 < n && tokens.get(last + 1).isWord() && tokens.get(last + 1).text().equals("vandaan");
            if (!placeContext || PlacesBySurroundings.personAround(tokens, role, words, last)) {
                continue;
            }
            for (int k = i; k <= last; k++) {
                flag[k] = false;
            }
        }
    }
}
