package nl.vhkgateway.domain.screening.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The word lists' look-up set answers exactly as the {@link HashSet} it replaced, and iterates in its order. */
class FrozenWordSetTest {

    @Test
    void answersAsTheHashSetItWasMadeFrom() {
        Set<String> words = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            words.add("woord" + i);
        }
        // strings with equal hash codes ("Aa" and "BB") and the empty string
        words.addAll(List.of("Aa", "BB", "AaAa", "BBBB", "", "één", "’s-Hertogenbosch"));
        FrozenWordSet frozen = FrozenWordSet.of(words);
        HashSet<String> copy = new HashSet<>(words);
        assertEquals(new ArrayList<>(copy), new ArrayList<>(frozen), "iteration order of the HashSet copy");
        assertEquals(copy.size(), frozen.size());
        assertEquals(copy, frozen);
        assertEquals(frozen, copy);
        assertEquals(copy.hashCode(), frozen.hashCode());
        for (int i = 0; i < 10000; i++) {
            String w = "woord" + i;
            assertEquals(words.contains(w), frozen.contains(w), w);
            assertEquals(words.contains(new String(w.toCharArray())), frozen.contains(new String(w.toCharArray())));
        }
        for (String w : List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "", "één", "een", "’s-Hertogenbosch")) {
            assertEquals(words.contains(w), frozen.contains(w), w);
        }
        assertFalse(frozen.contains(null));
        assertFalse(frozen.contains(42));
        assertThrows(UnsupportedOperationException.class, () -> frozen.add("nieuw"));
        assertThrows(UnsupportedOperationException.class, () -> frozen.iterator().remove());
    }

    @Test
    void emptyAndTinySets() {
        assertFalse(FrozenWordSet.of(Set.of()).contains("a"));
        assertTrue(FrozenWordSet.of(Set.of("a")).contains("a"));
        assertTrue(FrozenWordSet.wrap(new HashSet<>(Set.of("x", "y"))).contains("y"));
    }
}
