package nl.vhkgateway.domain.screening.completeness;

import nl.vhkgateway.domain.card.Placeholders;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.screening.MissingItem;

/**
 * Soort inbreng, when filled, chooses exactly one of Eerste inbreng, Vervolgbespreking, Monitoring or Overdracht
 * (a ticked box or the option written). An empty field is left to {@link RequiredSectionFilled}. Thread-safe.
 */
public final class SoortInbrengIsOneOfFour implements CompletenessRule {

    @Override
    public String name() {
        return "soort-inbreng-one-of-four";
    }

    @Override
    public CompletenessResult evaluate(CardUnderReview card) {
        boolean filled = card.content().value(Section.SOORT_INBRENG).filter(v -> !Placeholders.isEmpty(v)).isPresent();
        if (!filled || card.facts().soortInbreng().isPresent()) {
            return CompletenessResult.satisfied();
        }
        return CompletenessResult.missing(MissingItem.section(Section.SOORT_INBRENG,
                "Kies bij 'Soort inbreng' één van: Eerste inbreng, Vervolgbespreking, Monitoring of Overdracht."));
    }
}
