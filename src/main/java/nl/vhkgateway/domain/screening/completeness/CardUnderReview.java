package nl.vhkgateway.domain.screening.completeness;

import java.util.Objects;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.CardFacts;

/**
 * The card a completeness rule looks at: its content, the facts read from it, and the year the card speaks of
 * (its Datum, or the current year when it has none). Immutable.
 */
public record CardUnderReview(CardContent content, CardFacts facts, int cardYear) {

    public CardUnderReview {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(facts, "facts");
    }
}
