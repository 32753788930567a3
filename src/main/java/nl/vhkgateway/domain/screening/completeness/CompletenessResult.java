package nl.vhkgateway.domain.screening.completeness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.MissingItem;

/**
 * What completeness rules found: missing items (a required section or part of one) and findings (a Persoonsgegevens
 * field filled in). Immutable.
 */
public record CompletenessResult(List<MissingItem> missing, List<Finding> findings) {

    private static final CompletenessResult SATISFIED = new CompletenessResult(List.of(), List.of());

    public CompletenessResult {
        missing = List.copyOf(missing);
        findings = List.copyOf(findings);
    }

    public static CompletenessResult satisfied() {
        return SATISFIED;
    }

    public static CompletenessResult missing(MissingItem item) {
        return new CompletenessResult(List.of(item), List.of());
    }

    public boolean isSatisfied() {
        return missing.isEmpty() && findings.isEmpty();
    }

    /** Both results together; a missing item with the same label is kept once. */
    public CompletenessResult and(CompletenessResult other) {
        if (other.isSatisfied()) {
            return this;
        }
        Map<String, MissingItem> items = new LinkedHashMap<>();
        missing.forEach(item -> items.putIfAbsent(item.label(), item));
        other.missing.forEach(item -> items.putIfAbsent(item.label(), item));
        List<Finding> allFindings = new ArrayList<>(findings);
        allFindings.addAll(other.findings);
        return new CompletenessResult(List.copyOf(items.values()), allFindings);
    }
}
