package nl.vhkgateway.domain.screening.detector;

import java.util.Objects;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.Masker;

/**
 * A stretch of a segment's text that a detector holds to be personal data: offsets, category and the name of the
 * detector. Spans stay inside the screening code (they point into the text); what leaves it is a {@link Finding}
 * with a masked excerpt. Immutable.
 *
 * @param start    first character (inclusive)
 * @param end      last character (exclusive)
 * @param category what kind of personal data
 * @param detector name of the detector that found it
 */
public record Span(int start, int end, Category category, String detector) {

    public Span {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(detector, "detector");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span");
        }
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The finding for this span: masked excerpt, the segment's location. */
    public Finding toFinding(TextSegment segment) {
        String text = segment.text().substring(start, Math.min(end, segment.text().length()));
        return new Finding(category, segment.location(), Masker.mask(text.strip()), detector);
    }
}
