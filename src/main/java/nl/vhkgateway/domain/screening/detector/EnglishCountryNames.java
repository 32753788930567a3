package nl.vhkgateway.domain.screening.detector;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    private static final String RESOURCE = "/nl/vhkgateway/screening/wordlists/places-english.txt";
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "naar", "uit", "via", "vanuit", "nabij");

    /** Each country as its lower-case words ("cape", "verde"). */
    private final List<String[]> countries;

    private EnglishCountryNames(List<String[]> countries) {
        this.countries = countries;
    }

    static EnglishCountryNames bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        private static final EnglishCountryNames BUNDLED = load();
    }

    private static EnglishCountryNames load() {
        List<String[]> countries = new ArrayList<>();
        try (InputStream in = EnglishCountryNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the class path: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                countries.add(WordLists.lower(line.strip()).split("\\s+"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + RESOURCE, e);
        }
        return new EnglishCountryNames(List.copyOf(countries));
    }

    /** Clears the flags of an English country name in place context. */
    void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token before = tokens.get(i - 1);
            if (!flag[i] || !before.isWord() || !tokens.get(i).capitalised()) {
                continue;
            }
            int length = match(tokens, i);
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

    /** The number of words of the country that starts at {@code i}, or 0. */
    private int match(List<Token> tokens, int i) {
        int best = 0;
        for (String[] country : countries) {
            if (country.length <= best || i + country.length > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < country.length && all; k++) {
                Token t = tokens.get(i + k);
                all = t.isWord() && t.capitalised() && t.lower().equals(country[k]);
            }
            if (all) {
                best = country.length;
            }
        }
        return best;
    }
}
