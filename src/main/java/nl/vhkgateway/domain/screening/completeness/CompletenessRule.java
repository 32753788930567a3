package nl.vhkgateway.domain.screening.completeness;

/**
 * One requirement of card-format.md on a card at intake, as a small specification. Implementations are
 * stateless or immutable and thread-safe.
 */
public interface CompletenessRule {

    /** Stable name for audit and tests, e.g. "required-section:DATUM". */
    String name();

    /** What this requirement finds missing or wrong in the card; {@link CompletenessResult#satisfied()} if nothing. */
    CompletenessResult evaluate(CardUnderReview card);
}
