package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Detector;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.ScreeningContext;

/**
 * Base of the detectors in this package: a detector finds {@link Span}s, and {@link #detect} turns them into
 * findings with masked excerpts (after merging its own overlapping spans with {@link FindingResolver}).
 * Subclasses are immutable and thread-safe.
 */
public abstract class SpanDetector implements Detector {

    /** Spans of personal data in this segment; an empty list when there are none. */
    public abstract List<Span> spans(TextSegment segment, ScreeningContext context);

    @Override
    public List<Finding> detect(TextSegment segment, ScreeningContext context) {
        List<Span> spans = spans(segment, context);
        if (spans.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>(spans.size());
        for (Span span : FindingResolver.resolveSpans(spans)) {
            findings.add(span.toFinding(segment));
        }
        return findings;
    }
}
