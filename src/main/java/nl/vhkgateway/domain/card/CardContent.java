package nl.vhkgateway.domain.card;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a card reader found in one .docx: every piece of text wherever it hides (body, tables, headers,
 * comments, tracked changes, properties, ...), and the value of each recognised section of the card's structure.
 * Immutable.
 *
 * @param segments      every text segment, in document order per part
 * @param sectionValues the text of each recognised section (value cell or the paragraphs under the heading),
 *                      runs joined, paragraphs separated by a line break; a section that was found with an empty
 *                      value maps to ""
 * @param partsFound    the card parts whose heading (or sections) were found
 */
public record CardContent(List<TextSegment> segments, Map<Section, String> sectionValues, Set<CardPart> partsFound) {

    public CardContent {
        segments = List.copyOf(Objects.requireNonNull(segments, "segments"));
        Map<Section, String> values = new EnumMap<>(Section.class);
        values.putAll(Objects.requireNonNull(sectionValues, "sectionValues"));
        sectionValues = Collections.unmodifiableMap(values);
        Set<CardPart> parts = EnumSet.noneOf(CardPart.class);
        parts.addAll(Objects.requireNonNull(partsFound, "partsFound"));
        partsFound = Collections.unmodifiableSet(parts);
    }

    /** The value of a section when the card has that section. */
    public Optional<String> value(Section section) {
        return Optional.ofNullable(sectionValues.get(section));
    }

    public boolean hasSection(Section section) {
        return sectionValues.containsKey(section);
    }

    @Override
    public String toString() {
        return "CardContent[" + segments.size() + " segments, sections " + sectionValues.keySet() + "]";
    }
}
