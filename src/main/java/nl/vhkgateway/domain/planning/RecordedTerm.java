package nl.vhkgateway.domain.planning;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored term of one case with whether (and when) it was marked done, for showing a case's terms.
 *
 * @param term   the term
 * @param doneAt when it was marked done; empty while open
 */
public record RecordedTerm(Term term, Optional<Instant> doneAt) {

    public RecordedTerm {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(doneAt, "doneAt");
    }

    public boolean done() {
        return doneAt.isPresent();
    }
}
