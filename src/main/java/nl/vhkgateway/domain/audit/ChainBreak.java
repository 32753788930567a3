package nl.vhkgateway.domain.audit;

import java.util.Objects;

/**
 * The first place where the audit chain does not hold, with a Dutch explanation for the beheerder. Immutable.
 *
 * @param sequence the sequence number of the first row that is wrong or missing
 * @param kind     what is wrong there
 */
public record ChainBreak(long sequence, Kind kind) {

    /** What can be wrong at a row. */
    public enum Kind {
        /** The row's content no longer matches its hash: a value in it was changed. */
        CONTENT_ALTERED("de inhoud van regel %d is gewijzigd (de hash klopt niet meer)"),
        /** A sequence number is missing: the row was deleted. */
        ROW_MISSING("regel %d ontbreekt (verwijderd)"),
        /** The row does not point at the hash of the row before it: inserted, deleted or moved rows. */
        LINK_BROKEN("regel %d sluit niet aan op de regel ervoor (regel ingevoegd, verwijderd of verplaatst)"),
        /** The last row is not the head the log recorded: rows removed or added at the end. */
        HEAD_MISMATCH("het logboek eindigt niet bij de vastgelegde laatste regel %d "
                + "(regels aan het einde verwijderd of buiten het logboek om toegevoegd)"),
        /** The row's seal (HMAC with the key outside the database) is missing or wrong: rewritten without the key. */
        SEAL_INVALID("regel %d draagt geen geldig zegel (de regel is buiten de gateway om geschreven of herschreven)"),
        /** The head's seal is missing or wrong: the head or the start of the sealing was changed without the key. */
        HEAD_SEAL_INVALID("het zegel van de laatste regel %d klopt niet (het einde of het begin van de verzegeling is"
                + " buiten de gateway om gewijzigd)"),
        /** The row of a published head no longer carries the published hash: the chain was rewritten. */
        PUBLISHED_HEAD_MISMATCH("regel %d is niet meer de regel die eerder buiten de database is vastgelegd "
                + "(het logboek is herschreven)");

        private final String template;

        Kind(String template) {
            this.template = template;
        }
    }

    public ChainBreak {
        Objects.requireNonNull(kind, "kind");
    }

    /** Dutch description, e.g. "regel 5 ontbreekt (verwijderd)". */
    public String description() {
        return String.format(kind.template, sequence);
    }
}
