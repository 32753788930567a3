package nl.vhkgateway.domain.screening.completeness;

import java.util.ArrayList;
import java.util.List;
import nl.vhkgateway.domain.card.Section;

/**
 * Whether a card is complete for intake (card-format.md, domain rule 2): the composition of one
 * {@link CompletenessRule} per requirement. {@link #defaults()} holds, in card order:
 * <ol>
 *   <li>{@link RequiredSectionFilled} for every REQUIRED section (Datum, Soort inbreng, Jeugdige, Inbrenger, Vaste
 *   deelnemer, Verantwoordelijke gemeente, Geïnformeerd en gesproken, Instemming betrokkenen, Vraag aan het
 *   VeiligheidsTeam, Gezinssamenstelling, Wat is er nu onveilig, Krachten, Risicofactoren, Stem van ouders, Visie
 *   van de inbrenger, Veiligheidsscore);</li>
 *   <li>{@link SoortInbrengIsOneOfFour}; {@link JeugdigeNamesInitialAndBirthYear};
 *   {@link ConsentRefusalIsExplained}; {@link YouthVoiceFromTwelve};</li>
 *   <li>{@link PersoonsgegevensLeftEmpty}.</li>
 * </ol>
 * Immutable and thread-safe.
 */
public final class CompletenessCheck {

    private final List<CompletenessRule> rules;

    public CompletenessCheck(List<CompletenessRule> rules) {
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a completeness check needs at least one rule");
        }
        this.rules = List.copyOf(rules);
    }

    /** The requirements of card-format.md. */
    public static CompletenessCheck defaults() {
        List<CompletenessRule> rules = new ArrayList<>();
        for (Section section : Section.values()) {
            if (section.requirement() == Section.Requirement.REQUIRED) {
                rules.add(new RequiredSectionFilled(section));
            }
        }
        rules.add(new SoortInbrengIsOneOfFour());
        rules.add(new JeugdigeNamesInitialAndBirthYear());
        rules.add(new ConsentRefusalIsExplained());
        rules.add(new YouthVoiceFromTwelve());
        rules.add(new PersoonsgegevensLeftEmpty());
        return new CompletenessCheck(rules);
    }

    public List<CompletenessRule> rules() {
        return rules;
    }

    /** Everything missing and every filled Persoonsgegevens field, in card order. */
    public CompletenessResult check(CardUnderReview card) {
        CompletenessResult result = CompletenessResult.satisfied();
        for (CompletenessRule rule : rules) {
            result = result.and(rule.evaluate(card));
        }
        List<nl.vhkgateway.domain.screening.MissingItem> ordered = new ArrayList<>(result.missing());
        ordered.sort((a, b) -> Integer.compare(a.section().ordinal(), b.section().ordinal()));
        return new CompletenessResult(ordered, result.findings());
    }
}
