package nl.vhkgateway.domain.screening.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IbanRegistryTest {

    private final IbanRegistry registry = IbanRegistry.bundled();

    @Test
    void knowsTheCountriesOfTheRegistry() {
        assertEquals(18, registry.entry("NL").orElseThrow().length());
        assertEquals(24, registry.entry("RO").orElseThrow().length());
        assertTrue(registry.entry("US").isEmpty());
    }

    @Test
    void readsTheAccountPartStructure() {
        assertTrue(registry.fitsCountry("RO49AAAA1B31007593840000"));
        assertTrue(registry.fitsCountry("NL91ABNA0417164300"));
        assertFalse(registry.fitsCountry("NL91ABNA04171643X0"), "a letter where the Netherlands has digits");
        assertFalse(registry.fitsCountry("NL91ABNA041716430"), "one character short");
    }

    @Test
    void refusesALineItCannotRead() {
        assertThrows(IllegalArgumentException.class, () -> IbanRegistry.parse(List.of("RO 24")));
        assertThrows(IllegalArgumentException.class, () -> IbanRegistry.parse(List.of("RO 24 4!a16!x")));
    }

    @Test
    void checksTheLetterHeavyIbansByMod97() {
        assertTrue(IbanDetector.isValid("RO32 BRDE HQWE XYZK ABCD EFGH"));
        assertFalse(IbanDetector.isValid("RO32 BRDE HQWE XYZK ABCD EFGJ"));
    }
}
