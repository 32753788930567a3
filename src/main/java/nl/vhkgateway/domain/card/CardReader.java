package nl.vhkgateway.domain.card;

/**
 * Reads a Veiligheidskaart (.docx) into its text, wherever that text hides, and its section structure.
 * Implementations are thread-safe.
 */
public interface CardReader {

    /**
     * @param docx the bytes of a .docx that passed {@link DocumentInspector}
     * @return everything found; never null
     * @throws UnreadableDocumentException when the file cannot be read as a card
     */
    CardContent read(byte[] docx);
}
