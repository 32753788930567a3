package nl.vhkgateway.domain.screening;

import java.util.List;
import java.util.Objects;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.TextSegment;

/**
 * What a detector may know beyond the segment it looks at: the whole card (to connect a name mentioned with a
 * role in one place to the bare name elsewhere) and the year the card was written (to tell a birth year from a
 * full birth date).
 *
 * @param card     the whole card as read
 * @param cardYear the year of the card's Datum, or the current year when the card has none
 */
public record ScreeningContext(CardContent card, int cardYear) {

    public ScreeningContext {
        Objects.requireNonNull(card, "card");
    }

    public List<TextSegment> segments() {
        return card.segments();
    }
}
