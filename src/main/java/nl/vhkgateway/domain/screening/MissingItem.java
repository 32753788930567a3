package nl.vhkgateway.domain.screening;

import java.util.Objects;
import nl.vhkgateway.domain.card.Section;

/**
 * Something a complete card must hold and this card lacks: a required section that is absent or empty, or a
 * required part of a section (the reason and the inbrenger's justification after "nee" under Instemming
 * betrokkenen). Holds no card text. Immutable.
 *
 * @param section the section concerned
 * @param label   what is missing, as a sender reads it: the section's canonical label ("Stem van de jeugdige"), or
 *                the label followed by the missing part ("Instemming betrokkenen: reden")
 * @param hint    one Dutch sentence saying how to fix it
 */
public record MissingItem(Section section, String label, String hint) {

    public MissingItem {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hint, "hint");
    }

    /** The whole section is absent or empty. */
    public static MissingItem section(Section section) {
        return new MissingItem(section, section.label(), "Vul '" + section.label() + "' in.");
    }

    /** The section is present, but not filled the way intake requires. */
    public static MissingItem section(Section section, String hint) {
        return new MissingItem(section, section.label(), hint);
    }

    /** A required part of a section is missing ("Instemming betrokkenen: reden"). */
    public static MissingItem partOf(Section section, String part, String hint) {
        return new MissingItem(section, section.label() + ": " + part, hint);
    }
}
