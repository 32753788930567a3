package nl.vhkgateway.domain.screening;

import java.util.List;
import nl.vhkgateway.domain.card.TextSegment;

/**
 * Finds one kind of personal data in a piece of text. Implementations are small, configured once at start-up
 * (word lists, patterns) and thread-safe: one instance serves every card.
 */
public interface Detector {

    /** Stable name, used in configuration (to switch a detector on or off), audit and regression cases. */
    String name();

    /** Findings in this segment; an empty list when there are none. Never null. */
    List<Finding> detect(TextSegment segment, ScreeningContext context);
}
