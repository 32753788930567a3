package nl.vhkgateway.infrastructure.docx;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.Section;

/**
 * Recognises machine metadata that only repeats a label: a content control's tag such as
 * "Jeugdigevoorletterengeboortejaar" next to the alias "Jeugdige (voorletter en geboortejaar)". Such tags are not
 * emitted as text (a detector would take the run-together word for a name). Stateless, thread-safe.
 */
final class MachineNames {

    private static final Set<String> LABELS = new HashSet<>();

    static {
        for (Section section : Section.values()) {
            section.labels().forEach(label -> LABELS.add(letters(label)));
        }
        for (CardPart part : CardPart.values()) {
            LABELS.add(letters(part.label()));
        }
    }

    private MachineNames() {
    }

    /** True when the tag, letters and digits only, equals the alias or a card label. */
    static boolean isLabelLike(String tag, String alias) {
        String letters = letters(tag);
        return letters.isEmpty() || alias != null && letters.equals(letters(alias)) || LABELS.contains(letters);
    }

    static String letters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
        return java.text.Normalizer.normalize(out, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }
}
