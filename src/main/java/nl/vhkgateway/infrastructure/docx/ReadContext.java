package nl.vhkgateway.infrastructure.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Location;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;

/**
 * What one card read collects: the segments in document order (their card part and section resolved once the
 * structure around them is known), anchors of comments and notes, the text budget and the deadline.
 * Not thread-safe: one per read.
 */
final class ReadContext {

    /** Where text belongs in the card's structure; filled in when the paragraph or table row is classified. */
    static final class Holder {
        CardPart part = CardPart.UNKNOWN;
        Section section;

        void set(CardPart newPart, Section newSection) {
            this.part = newPart;
            this.section = newSection;
        }

        void copy(Holder other) {
            this.part = other.part;
            this.section = other.section;
        }
    }

    private record Pending(String text, DocumentPart part, String detail, Holder holder) {
    }

    static final Holder NOWHERE = new Holder();

    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, Holder> anchors = new HashMap<>();
    private final Set<String> seenOnce = new HashSet<>();
    private final long maxChars;
    private final Deadline deadline;
    private final int maxDepth;
    private long chars;

    ReadContext(long maxChars, Deadline deadline, int maxDepth) {
        this.maxChars = maxChars;
        this.deadline = deadline;
        this.maxDepth = maxDepth;
    }

    Deadline deadline() {
        return deadline;
    }

    int maxDepth() {
        return maxDepth;
    }

    /** Counts characters collected into buffers; fails when the card holds more text than the limit. */
    void charge(int count) throws DocxProblem {
        chars += count;
        if (chars > maxChars) {
            throw new DocxProblem(Category.TOO_LARGE, Messages.TOO_MUCH_TEXT);
        }
    }

    /** Adds a segment (cleaned; blank ones are dropped). */
    void emit(String raw, DocumentPart part, String detail, Holder holder) {
        String text = TextCleaner.clean(raw);
        if (!text.isBlank()) {
            pending.add(new Pending(text, part, detail, holder));
        }
    }

    /** Adds a segment only the first time this text is seen for this document part (authors, template names). */
    void emitOnce(String raw, DocumentPart part, String detail, Holder holder) {
        if (raw != null && !raw.isBlank() && seenOnce.add(part.name() + '\u0000' + raw)) {
            emit(raw, part, detail, holder);
        }
    }

    /** Remembers where a comment or note is anchored ("comment:3", "footnote:2"), first place wins. */
    void anchor(String key, Holder holder) {
        anchors.putIfAbsent(key, holder);
    }

    Holder anchorOf(String key) {
        return anchors.getOrDefault(key, NOWHERE);
    }

    /** Number of segments so far (to find the ones a part added). */
    int size() {
        return pending.size();
    }

    String textAt(int index) {
        return pending.get(index).text();
    }

    DocumentPart partAt(int index) {
        return pending.get(index).part();
    }

    void removeAt(int index) {
        pending.remove(index);
    }

    List<TextSegment> segments() {
        List<TextSegment> segments = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            Location location;
            if (p.holder().section != null) {
                location = Location.inSection(p.part(), p.holder().section, p.detail());
            } else if (p.holder().part != CardPart.UNKNOWN) {
                location = Location.inPart(p.part(), p.holder().part, p.detail());
            } else {
                location = Location.of(p.part(), p.detail());
            }
            segments.add(new TextSegment(p.text(), location));
        }
        return segments;
    }
}
