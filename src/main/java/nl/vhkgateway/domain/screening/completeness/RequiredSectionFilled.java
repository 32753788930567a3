package nl.vhkgateway.domain.screening.completeness;

import java.util.Objects;
import nl.vhkgateway.domain.card.Placeholders;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.screening.MissingItem;

/**
 * A required section is present and filled: not blank, not a bare placeholder ("n.v.t.", "-", "..."),
 * see {@link Placeholders#isEmpty(String)}. Immutable and thread-safe.
 */
public final class RequiredSectionFilled implements CompletenessRule {

    private final Section section;

    public RequiredSectionFilled(Section section) {
        this.section = Objects.requireNonNull(section, "section");
    }

    @Override
    public String name() {
        return "required-section:" + section.name();
    }

    /** True when the card holds the section with a real value. */
    public boolean isSatisfiedBy(CardUnderReview card) {
        return card.content().value(section).filter(value -> !Placeholders.isEmpty(value)).isPresent();
    }

    @Override
    public CompletenessResult evaluate(CardUnderReview card) {
        return isSatisfiedBy(card) ? CompletenessResult.satisfied() : CompletenessResult.missing(missingItem(card));
    }

    private MissingItem missingItem(CardUnderReview card) {
        String label = section.label();
        return card.content().hasSection(section)
                ? MissingItem.section(section, "'" + label + "' staat op de kaart maar is niet ingevuld (een"
                        + " opvultekst zoals 'n.v.t.' of '-' telt niet als antwoord).")
                : MissingItem.section(section, "Het onderdeel '" + label + "' ontbreekt: voeg het toe en vul het in.");
    }
}
