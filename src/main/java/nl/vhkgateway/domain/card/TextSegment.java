package nl.vhkgateway.domain.card;

import java.util.Objects;

/**
 * One coherent piece of text read from a card or a mail (a paragraph with its runs joined, a table cell, a comment,
 * a document property, the mail subject), with where it stands. Detectors look at segments.
 *
 * @param text     the text, runs joined, never null (may be empty)
 * @param location where the text stands
 */
public record TextSegment(String text, Location location) {

    public TextSegment {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
    }

    /** Never print this: card text may hold personal data. */
    @Override
    public String toString() {
        return "TextSegment[" + text.length() + " chars at " + location + "]";
    }
}
