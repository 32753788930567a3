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
    /** Round 19 (fix19-cards): English prepositions before "the" and a country ("in the Netherlands"). */
    private static final Set<String> THE_PREPOSITIONS = Set.of("in", "to", "from", "into", "across", "throughout",
            "naar", "uit");
    /** Round 19 (fix19-cards): words of going before English "to" and a country ("home to England", "moved to"). */
    private static final Set<String> GOING_BEFORE_TO = Set.of("home", "back", "move", "moved", "moves", "moving",
            "go", "goes", "going", "went", "gone", "fly", "flew", "flying", "travel", "travelled", "traveled",
            "return", "returned", "returning", "returns", "emigrate", "emigrated", "relocate", "relocated", "fled",
            "flee", "flees");

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
            boolean placeContext = PLACE_PREPOSITIONS.contains(before.text()) || englishPlaceSlot(tokens, i)
                    || last + 1 < n && tokens.get(last + 1).isWord() && tokens.get(last + 1).text().equals("vandaan");
            if (!placeContext || PlacesBySurroundings.personAround(tokens, role, words, last)) {
                continue;
            }
            for (int k = i; k <= last; k++) {
                flag[k] = false;
            }
        }
    }

    /**
     * Round 19 (fix19-cards): the place slots of an English sentence: "the" after a preposition ("in the
     * Netherlands", "from the United Kingdom"), or "to" after a word of going ("take them home to England", "moved
     * back to Sudan"). A bare "to" stays no place slot ("said to Ireland", "gave it to Italy": a person).
     */
    private static boolean englishPlaceSlot(List<Token> tokens, int i) {
        if (i < 2 || !tokens.get(i - 2).isWord()) {
            return false;
        }
        String before = tokens.get(i - 1).text();
        String twoBefore = tokens.get(i - 2).text().toLowerCase(java.util.Locale.ROOT);
        return before.equals("the") && THE_PREPOSITIONS.contains(twoBefore)
                || before.equals("to") && GOING_BEFORE_TO.contains(twoBefore);
    }
}
