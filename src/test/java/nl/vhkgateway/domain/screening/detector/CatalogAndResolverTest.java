package nl.vhkgateway.domain.screening.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.ScreeningContext;
import org.junit.jupiter.api.Test;

class CatalogAndResolverTest {

    @Test
    void catalogHoldsEveryDetectorByNameAndSwitchesThem() {
        DetectorCatalog all = DetectorCatalog.defaults();
        assertSame(all, DetectorCatalog.defaults(), "loaded once");
        assertEquals(DetectorCatalog.NAMES, List.copyOf(all.names()));
        DetectorCatalog noNames = all.without("PERSON_NAME");
        assertFalse(noNames.names().contains("PERSON_NAME"));
        assertEquals(List.of("BSN", "IBAN"), List.copyOf(all.only("IBAN", "BSN").names()));
        assertThrows(IllegalArgumentException.class, () -> all.without("NAMES"));
        assertThrows(IllegalArgumentException.class, () -> all.only("PHONE", "FAX"));
        assertTrue(all.detector("EMAIL").isPresent());
    }

    @Test
    void findingsCarryMaskedExcerptsAndTheLocation() {
        TextSegment s = DetectorFixture.segment("Bel Sanne op 06-12345678.");
        List<Finding> findings = DetectorCatalog.defaults().detect(s, DetectorFixture.context(s));
        assertEquals(2, findings.size());
        assertEquals(new Finding(Category.PERSON_NAME, s.location(), "S****", "PERSON_NAME"), findings.get(0));
        assertEquals(new Finding(Category.PHONE, s.location(), "0*-********", "PHONE"), findings.get(1));
        assertTrue(findings.stream().noneMatch(f -> f.maskedExcerpt().contains("Sanne")
                || f.maskedExcerpt().contains("12345678")));
    }

    @Test
    void overlapsAreMergedKeepingTheMostSpecificCategory() {
        List<Span> merged = FindingResolver.resolveSpans(List.of(
                new Span(10, 20, Category.PERSON_NAME, "PERSON_NAME"),
                new Span(5, 30, Category.EMAIL, "EMAIL"),
                new Span(40, 45, Category.PHONE, "PHONE"),
                new Span(44, 50, Category.CLIENT_NUMBER, "CLIENT_NUMBER")));
        assertEquals(List.of(new Span(5, 30, Category.EMAIL, "EMAIL"), new Span(40, 50, Category.PHONE, "PHONE")),
                merged);
    }

    @Test
    void anEmailWithANameInsideIsOneEmailFinding() {
        assertEquals(List.of("EMAIL[sanne.jansen@gmail.com]"),
                DetectorFixture.all("Mail naar sanne.jansen@gmail.com graag."));
        assertEquals(List.of("ADDRESS[Anne Frankstraat 3]"), DetectorFixture.all("Zij woont op Anne Frankstraat 3."));
    }

    @Test
    void aPhoneNumberWhoseSubscriberPartPassesTheElfproefStaysAPhoneNumber() {
        // 628796602 passes the 11-check; after 0031 it is a mobile number.
        assertEquals(List.of("PHONE[0031 6 28 796 602]"), DetectorFixture.all("Tel. vader: 0031 6 28 796 602"));
    }

    @Test
    void duplicateFindingsAreDropped() {
        TextSegment s = DetectorFixture.segment("x");
        Finding f = new Finding(Category.BSN, s.location(), "1********", "BSN");
        assertEquals(List.of(f), FindingResolver.dedupe(List.of(f, f)));
    }

    @Test
    void oneCatalogServesManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    TextSegment s = DetectorFixture.segment("Oom Kees belt " + n + " keer per week naar 06-1234567"
                            + (n % 10) + ".");
                    ScreeningContext c = DetectorFixture.context(s);
                    return DetectorCatalog.defaults().detect(c).size();
                }));
            }
            for (Future<Integer> r : results) {
                assertEquals(2, r.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
