package nl.vhkgateway.domain.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * Result of checking the whole audit chain. Immutable.
 *
 * @param rowsChecked how many rows were read
 * @param head        the head the log recorded
 * @param firstBreak  the first row where the chain does not hold; empty when the chain is intact
 */
public record ChainVerification(long rowsChecked, ChainHead head, Optional<ChainBreak> firstBreak) {

    public ChainVerification {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(firstBreak, "firstBreak");
    }

    public boolean intact() {
        return firstBreak.isEmpty();
    }

    /** Dutch summary for the beheerder. */
    public String description() {
        return firstBreak.map(b -> "Het auditlogboek is aangetast: " + b.description() + ".")
                .orElse("Het auditlogboek is intact: " + rowsChecked + " regels gecontroleerd.");
    }
}
