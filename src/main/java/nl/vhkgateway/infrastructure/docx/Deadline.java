package nl.vhkgateway.infrastructure.docx;

import java.time.Duration;
import nl.vhkgateway.domain.screening.Category;

/** The moment one operation on one document must be finished by. Not thread-safe: one per operation. */
final class Deadline {

    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    static Deadline after(Duration duration) {
        return new Deadline(System.nanoTime() + duration.toNanos());
    }

    void check() throws DocxProblem {
        if (System.nanoTime() - endNanos > 0) {
            throw new DocxProblem(Category.TIMEOUT, Messages.TIMEOUT);
        }
    }
}
