package nl.vhkgateway.domain.card;

/**
 * Makes the copy of a card that may be forwarded: document properties cleared, comment and revision authors
 * replaced by a neutral label, pending tracked changes accepted (deleted text gone), rsids and people.xml removed.
 * The content itself is not changed. Implementations are thread-safe.
 */
public interface DocumentSanitiser {

    /**
     * @param docx a .docx that passed {@link DocumentInspector}
     * @return the sanitised copy and a Dutch description of each thing removed
     * @throws UnreadableDocumentException when the file cannot be processed
     */
    SanitisedDocument sanitise(byte[] docx);
}
