package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Finding;

/**
 * The one overlap-resolution step (as in deduce's post-processing): within one segment, spans that overlap or
 * touch the same characters are merged into one, covering all of them, and the merged span keeps the most
 * specific category (an e-mail address beats the name inside it, a BSN beats a bare number, an address beats the
 * person name in a street name). Duplicate findings are dropped. Stateless and thread-safe.
 */
public final class FindingResolver {

    /** Most specific first. */
    private static final List<Category> SPECIFICITY = List.of(Category.EMAIL, Category.URL, Category.IBAN,
            Category.BSN, Category.ID_NUMBER, Category.PHONE, Category.CLIENT_NUMBER, Category.BIRTH_DATE,
            Category.POSTCODE, Category.ADDRESS, Category.PERSON_NAME, Category.PERSONAL_DATA_SECTION);
    private static final Map<Category, Integer> RANK = new EnumMap<>(Category.class);

    static {
        for (int i = 0; i < SPECIFICITY.size(); i++) {
            RANK.put(SPECIFICITY.get(i), i);
        }
    }

    private FindingResolver() {
    }

    /** Merged spans of one segment, in text order. */
    public static List<Span> resolveSpans(List<Span> spans) {
        if (spans.size() <= 1) {
            return spans;
        }
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
        List<Span> merged = new ArrayList<>(sorted.size());
        Span current = sorted.get(0);
        for (int i = 1; i < sorted.size(); i++) {
            Span next = sorted.get(i);
            if (next.start() < current.end()) {
                Span winner = phoneAroundBsn(current, next) ? current
                        : rank(next.category()) < rank(current.category()) ? next : current;
                current = new Span(current.start(), Math.max(current.end(), next.end()), winner.category(),
                        winner.detector());
            } else {
                merged.add(current);
                current = next;
            }
        }
        merged.add(current);
        return merged;
    }

    /**
     * "0031 6 28 796 602": nine digits after a country or area prefix are a phone number, even when they happen to
     * pass the 11-check (one in eleven numbers does). A phone span that starts before a BSN span and covers it wins.
     */
    private static boolean phoneAroundBsn(Span first, Span second) {
        return first.category() == Category.PHONE && second.category() == Category.BSN
                && first.start() < second.start() && first.end() >= second.end();
    }

    /** Findings for the merged spans of one segment. */
    public static List<Finding> resolve(TextSegment segment, List<Span> spans) {
        List<Finding> findings = new ArrayList<>();
        for (Span span : resolveSpans(spans)) {
            findings.add(span.toFinding(segment));
        }
        return dedupe(findings);
    }

    /** The same finding (category, location, excerpt) only once, first occurrence kept. */
    public static List<Finding> dedupe(List<Finding> findings) {
        if (findings.size() <= 1) {
            return findings;
        }
        record Key(Category category, Object location, String excerpt) {
        }
        LinkedHashSet<Key> seen = new LinkedHashSet<>();
        List<Finding> unique = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (seen.add(new Key(f.category(), f.location(), f.maskedExcerpt()))) {
                unique.add(f);
            }
        }
        return unique;
    }

    private static int rank(Category category) {
        return RANK.getOrDefault(category, SPECIFICITY.size());
    }
}
