package nl.vhkgateway.domain.screening.completeness;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Location;
import nl.vhkgateway.domain.card.Placeholders;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.Masker;

/**
 * Every field of the Persoonsgegevens part is empty at intake (000: "NOOIT invullen bij een inbreng in het VHT").
 * A filled field is a {@link Category#PERSONAL_DATA_SECTION} finding whatever the detectors make of its text:
 * what is written there is personal data by definition. Placeholders and instruction text ("n.v.t.", "niet invullen
 * bij inbreng") count as empty ({@link Placeholders#isEmptyAtIntake(String)}). Thread-safe.
 */
public final class PersoonsgegevensLeftEmpty implements CompletenessRule {

    /** Detector name on the findings. */
    public static final String NAME = "persoonsgegevens-left-empty";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CompletenessResult evaluate(CardUnderReview card) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<Section, String> entry : card.content().sectionValues().entrySet()) {
            Section section = entry.getKey();
            if (section.requirement() == Section.Requirement.EMPTY_AT_INTAKE
                    && !Placeholders.isEmptyAtIntake(entry.getValue())) {
                findings.add(new Finding(Category.PERSONAL_DATA_SECTION, locationOf(card, section),
                        Masker.mask(entry.getValue().strip()), NAME));
            }
        }
        return new CompletenessResult(List.of(), findings);
    }

    /** Where the section's value stands: the first segment of the card in that section, else the body. */
    private static Location locationOf(CardUnderReview card, Section section) {
        Location fallback = Location.inSection(DocumentPart.BODY, section, "");
        TextSegment label = null;
        for (TextSegment segment : card.content().segments()) {
            Location location = segment.location();
            if (location.cardPart() == CardPart.PERSOONSGEGEVENS && location.section().orElse(null) == section) {
                if (!Section.match(segment.text()).isPresent()) {
                    return location;
                }
                if (label == null) {
                    label = segment;
                }
            }
        }
        return label == null ? fallback : label.location();
    }
}
