package nl.vhkgateway.domain.screening.detector;

import java.util.EnumSet;
import java.util.Set;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;

/**
 * Which sections of the card relax or tighten a rule (card-format.md "Allowed at intake"): the cover fields where
 * the professionals write their own name and work contact details, and the fields where a birth year is allowed
 * (so a full date there is a date of birth). Stateless.
 */
public final class CardSections {

    /** Cover fields with the professionals' own names: Inbrenger, Vaste deelnemer, Gedragsdeskundige. */
    public static final Set<Section> PROFESSIONAL = EnumSet.of(Section.INBRENGER, Section.VASTE_DEELNEMER,
            Section.GEDRAGSDESKUNDIGE);

    /** Fields that list the family with initials and birth years. */
    public static final Set<Section> FAMILY_LIST = EnumSet.of(Section.JEUGDIGE, Section.GEZINSSAMENSTELLING);

    private CardSections() {
    }

    // round 13 (speed): no capturing lambda per call (these run for many tokens of every segment); same result
    public static boolean in(TextSegment segment, Set<Section> sections) {
        Section s = segment.location().section().orElse(null);
        return s != null && sections.contains(s);
    }

    public static boolean is(TextSegment segment, Section section) {
        Section s = segment.location().section().orElse(null);
        return s != null && s == section;
    }
}
