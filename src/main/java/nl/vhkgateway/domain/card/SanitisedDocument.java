package nl.vhkgateway.domain.card;

import java.util.List;
import java.util.Objects;

/**
 * A sanitised copy of a card and what sanitising removed, in Dutch for the voorzitter's summary
 * ("documenteigenschappen gewist (auteur, titel)", "2 bijgehouden wijzigingen geaccepteerd").
 */
public final class SanitisedDocument {

    private final byte[] content;
    private final List<String> actions;

    public SanitisedDocument(byte[] content, List<String> actions) {
        this.content = Objects.requireNonNull(content, "content").clone();
        this.actions = List.copyOf(actions);
    }

    public byte[] content() {
        return content.clone();
    }

    public List<String> actions() {
        return actions;
    }
}
