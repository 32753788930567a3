package nl.vhkgateway.domain.screening.completeness;

import nl.vhkgateway.domain.card.Placeholders;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.screening.MissingItem;

/**
 * The Jeugdige field, when filled, names at least one youth as an initial with a birth year ("J. (2011)").
 * An empty field is left to {@link RequiredSectionFilled}. Thread-safe.
 */
public final class JeugdigeNamesInitialAndBirthYear implements CompletenessRule {

    @Override
    public String name() {
        return "jeugdige-initial-and-birth-year";
    }

    @Override
    public CompletenessResult evaluate(CardUnderReview card) {
        boolean filled = card.content().value(Section.JEUGDIGE).filter(v -> !Placeholders.isEmpty(v)).isPresent();
        if (!filled || !card.facts().youths().isEmpty()) {
            return CompletenessResult.satisfied();
        }
        return CompletenessResult.missing(MissingItem.section(Section.JEUGDIGE,
                "Noem bij 'Jeugdige' elke jeugdige met alleen een voorletter en geboortejaar, bijvoorbeeld J. (2011)."));
    }
}
