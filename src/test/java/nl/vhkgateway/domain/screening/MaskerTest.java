package nl.vhkgateway.domain.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MaskerTest {

    @Test
    void keepsOnlyTheFirstCharacterOfEachWord() {
        assertEquals("S**** J*****", Masker.mask("Sanne Jansen"));
    }

    @Test
    void punctuationDoesNotRevealFurtherCharacters() {
        assertEquals("0*-********", Masker.mask("06-12345678"));
        assertEquals("s.******@*******.**", Masker.mask("s.jansen@example.nl"));
    }

    @Test
    void cutsLongValues() {
        String masked = Masker.mask("a".repeat(100));
        assertTrue(masked.endsWith("…"));
        assertEquals(41, masked.length());
    }

    @Test
    void neverContainsTheOriginalOfLongerWords() {
        assertFalse(Masker.mask("Mohammed El Amrani").contains("ohammed"));
    }
}
