package nl.vhkgateway.domain.screening.detector;

import java.util.AbstractSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * A read-only set of words for the look-ups the rules make per token: {@link #contains} probes one array of hash
 * codes (open addressing, at most half full) and compares a string only where the hash code is the word's, so a
 * word that is not on the list (most look-ups) costs one memory access instead of a {@link HashSet}'s bucket and
 * node. Iteration, size and equality are those of the {@link HashSet} the set was made from (same order as before).
 * Immutable and thread-safe once built.
 */
final class FrozenWordSet extends AbstractSet<String> {

    private final Set<String> words;
    /** Per slot: the word's hash code in the high half, its index in {@link #keys} plus one in the low half; 0 = empty. */
    private final long[] table;
    private final String[] keys;
    private final int mask;

    private FrozenWordSet(Set<String> words) {
        this.words = Collections.unmodifiableSet(words);
        int capacity = Integer.highestOneBit(Math.max(8, words.size()) * 2 - 1) << 1;
        this.table = new long[capacity];
        this.keys = new String[words.size()];
        this.mask = capacity - 1;
        int index = 0;
        for (String word : words) {
            keys[index] = word;
            int hash = word.hashCode();
            int slot = spread(hash) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = (long) hash << 32 | (index + 1);
            index++;
        }
    }

    /** A frozen copy of these words (a word list's entries, no null). */
    static FrozenWordSet of(Set<String> words) {
        return new FrozenWordSet(new HashSet<>(words));
    }

    /** A frozen view of a set nobody changes any more (a built word list's own set; its iteration order kept). */
    static FrozenWordSet wrap(Set<String> words) {
        return new FrozenWordSet(words);
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String word)) {
            return false;
        }
        int hash = word.hashCode();
        int slot = spread(hash) & mask;
        while (true) {
            long entry = table[slot];
            if (entry == 0) {
                return false;
            }
            if ((int) (entry >>> 32) == hash) {
                String key = keys[(int) entry - 1];
                if (key == word || key.equals(word)) {
                    return true;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * Round 25 (t25-tidy): the word's place in this set's iteration order, or -1 when absent: a look-up table of values
     * aligned with the iteration ({@link PersonNameDetector}'s role bits per word) reads the same as a map.
     */
    int indexOf(String word) {
        int hash = word.hashCode();
        int slot = spread(hash) & mask;
        while (true) {
            long entry = table[slot];
            if (entry == 0) {
                return -1;
            }
            if ((int) (entry >>> 32) == hash) {
                String key = keys[(int) entry - 1];
                if (key == word || key.equals(word)) {
                    return (int) entry - 1;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    @Override
    public Iterator<String> iterator() {
        return words.iterator();
    }

    @Override
    public int size() {
        return words.size();
    }

    @Override
    public boolean isEmpty() {
        return words.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || words.equals(o);
    }

    @Override
    public int hashCode() {
        return words.hashCode();
    }

    @Override
    public String toString() {
        return words.toString();
    }
}
