package nl.vhkgateway.domain.card;

import java.util.Objects;
import nl.vhkgateway.domain.screening.Category;

/**
 * A file could not be read or processed as a card. The message is safe to log and show: it never holds card text.
 */
public class UnreadableDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Category category;

    public UnreadableDocumentException(Category category, String safeMessage, Throwable cause) {
        super(safeMessage, cause);
        this.category = Objects.requireNonNull(category, "category");
    }

    public UnreadableDocumentException(Category category, String safeMessage) {
        this(category, safeMessage, null);
    }

    public Category category() {
        return category;
    }
}
