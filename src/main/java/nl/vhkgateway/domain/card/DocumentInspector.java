package nl.vhkgateway.domain.card;

import java.util.List;
import nl.vhkgateway.domain.screening.Finding;

/**
 * Decides whether a file is a safe Word document that may be opened and screened at all: a real .docx (not .doc,
 * .pdf, .odt, an image, ...), no macros, no encryption, no zip bomb, no DOCTYPE or external entities, no external
 * references, no embedded objects, within size and time limits. Never throws on hostile input.
 * Implementations are thread-safe.
 */
public interface DocumentInspector {

    /**
     * @param fileName the file name as given (used for the extension check and in messages; may be "")
     * @param content  the file's bytes
     * @return document findings (categories of kind DOCUMENT); empty when the file is safe to open
     */
    List<nl.vhkgateway.domain.screening.Finding> inspect(String fileName, byte[] content);

    /** Convenience: true when {@link #inspect} finds nothing. */
    default boolean isSafe(String fileName, byte[] content) {
        List<Finding> findings = inspect(fileName, content);
        return findings.isEmpty();
    }
}
