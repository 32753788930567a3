package nl.vhkgateway.infrastructure.docx;

import java.util.Objects;
import nl.vhkgateway.domain.card.UnreadableDocumentException;
import nl.vhkgateway.domain.screening.Category;

/**
 * A reason why a file cannot be opened safely, with the category and the Dutch sentence for the sender.
 * The message never holds card text. Internal to the docx adapter.
 */
final class DocxProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final Category category;

    DocxProblem(Category category, String dutchMessage) {
        this(category, dutchMessage, null);
    }

    DocxProblem(Category category, String dutchMessage, Throwable cause) {
        super(dutchMessage, cause, false, false);
        this.category = Objects.requireNonNull(category);
    }

    Category category() {
        return category;
    }

    UnreadableDocumentException toUnreadable() {
        return new UnreadableDocumentException(category, getMessage(), getCause() instanceof DocxProblem ? null
                : getCause() == null ? null : new SafeCause(getCause()));
    }

    static DocxProblem corrupt(String what, Throwable cause) {
        return new DocxProblem(Category.CORRUPT, Messages.CORRUPT + (what.isEmpty() ? "" : " (" + what + ")"), cause);
    }

    /**
     * A cause that keeps the exception class and stack trace but drops the message: parser messages may quote
     * document text.
     */
    static final class SafeCause extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SafeCause(Throwable original) {
            super(original.getClass().getName(), null, false, true);
            setStackTrace(original.getStackTrace());
        }
    }
}
