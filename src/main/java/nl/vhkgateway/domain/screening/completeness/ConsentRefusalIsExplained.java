package nl.vhkgateway.domain.screening.completeness;

import java.util.ArrayList;
import java.util.List;
import nl.vhkgateway.domain.card.ConsentStatement;
import nl.vhkgateway.domain.card.Placeholders;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.screening.MissingItem;

/**
 * Instemming betrokkenen answers yes or no; a "nee" comes with the reason and with the inbrenger's justification
 * for bringing the card in anyway. How the answer, reason and justification are recognised is documented on
 * {@link ConsentStatement}. An empty field is left to {@link RequiredSectionFilled}. Thread-safe.
 */
public final class ConsentRefusalIsExplained implements CompletenessRule {

    /** Label of the missing reason in reports. */
    public static final String REASON = "reden";
    /** Label of the missing justification in reports. */
    public static final String JUSTIFICATION = "onderbouwing inbrenger";

    @Override
    public String name() {
        return "consent-refusal-explained";
    }

    @Override
    public CompletenessResult evaluate(CardUnderReview card) {
        String value = card.content().value(Section.INSTEMMING).orElse("");
        if (Placeholders.isEmpty(value)) {
            return CompletenessResult.satisfied();
        }
        ConsentStatement statement = ConsentStatement.read(value);
        if (statement.answer() == ConsentStatement.Answer.UNANSWERED) {
            return CompletenessResult.missing(MissingItem.section(Section.INSTEMMING,
                    "Geef bij 'Instemming betrokkenen' aan of de betrokkenen instemmen: ja of nee."));
        }
        if (statement.answer() != ConsentStatement.Answer.NO) {
            return CompletenessResult.satisfied();
        }
        List<MissingItem> missing = new ArrayList<>();
        if (!statement.reasonGiven()) {
            missing.add(MissingItem.partOf(Section.INSTEMMING, REASON,
                    "De betrokkenen stemmen niet in: schrijf erbij waarom niet (de reden)."));
        }
        if (!statement.justificationGiven()) {
            missing.add(MissingItem.partOf(Section.INSTEMMING, JUSTIFICATION,
                    "De betrokkenen stemmen niet in: onderbouw waarom je de kaart toch inbrengt."));
        }
        return new CompletenessResult(missing, List.of());
    }
}
