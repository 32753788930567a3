package nl.vhkgateway.domain.card;

import java.util.List;
import java.util.Objects;

/**
 * A sanitised copy of a card and what sanitising removed, in Dutch for the voorzitter's summary
 * ("documenteigenschappen gewist (auteur, titel)", "2 bijgehouden wijzigingen geaccepteerd").
 * <p>
 * {@link #removedText()} holds the text a person wrote that sanitising took out of the copy: tracked deletions and
 * cleared document properties (title, subject, keywords, description, category, company, manager, custom
 * properties). It excludes the professionals' identity metadata (author, last modified by, comment and revision
 * author names), which is expected to hold their names. The screener screens the removed text as well: personal
 * data typed into a card is a refusal even when the forwarded copy would no longer hold it. Immutable.
 */
public final class SanitisedDocument {

    private final byte[] content;
    private final List<String> actions;
    private final List<TextSegment> removedText;

    public SanitisedDocument(byte[] content, List<String> actions) {
        this(content, actions, List.of());
    }

    public SanitisedDocument(byte[] content, List<String> actions, List<TextSegment> removedText) {
        this.content = Objects.requireNonNull(content, "content").clone();
        this.actions = List.copyOf(actions);
        this.removedText = List.copyOf(removedText);
    }

    public byte[] content() {
        return content.clone();
    }

    public List<String> actions() {
        return actions;
    }

    /**
     * Authored text that the copy no longer holds (tracked deletions, cleared properties), each with where it stood
     * in the original ({@link DocumentPart#TRACKED_DELETION}, {@link DocumentPart#DOCUMENT_PROPERTIES} with the
     * property named in the detail). Never the authors' names. Empty when nothing such was removed.
     */
    public List<TextSegment> removedText() {
        return removedText;
    }
}
