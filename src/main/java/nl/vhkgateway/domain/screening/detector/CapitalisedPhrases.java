package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A curated list of names of one or more words ("Sudan", "Cape Verde", "Addis Abeba"), one per line of a word list,
 * and the longest of them that is written at a token with every word capitalised. The entries are kept per first
 * word, so a look-up reads only the entries that can match. Immutable and thread-safe.
 */
final class CapitalisedPhrases {

    /** Each entry as its lower-case words, under its first word. */
    private final Map<String, List<String[]>> byFirstWord;

    private CapitalisedPhrases(Map<String, List<String[]>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    /** Reads a word list of {@link WordLists}' folder ("places-world.txt"); fails fast when it is missing. */
    static CapitalisedPhrases read(String listName) {
        Map<String, List<String[]>> byFirstWord = new HashMap<>();
        WordLists.read(listName, line -> {
            String[] words = WordLists.lower(line).split("\\s+");
            byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
        });
        Map<String, List<String[]>> frozen = new HashMap<>();
        byFirstWord.forEach((first, entries) -> frozen.put(first, List.copyOf(entries)));
        return new CapitalisedPhrases(java.util.Collections.unmodifiableMap(frozen));
    }

    /** The number of tokens of the longest entry written at token {@code i}, every word capitalised; 0 for none. */
    int longestAt(List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (!first.isWord() || !first.capitalised()) {
            return 0;
        }
        List<String[]> entries = byFirstWord.get(first.lower());
        if (entries == null) {
            return 0;
        }
        int best = 0;
        for (String[] entry : entries) {
            if (entry.length <= best || i + entry.length > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < entry.length && all; k++) {
                Token t = tokens.get(i + k);
                all = t.isWord() && t.capitalised() && t.lower().equals(entry[k]);
            }
            if (all) {
                best = entry.length;
            }
        }
        return best;
    }
}
