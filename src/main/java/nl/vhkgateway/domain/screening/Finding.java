package nl.vhkgateway.domain.screening;

import java.util.Objects;
import nl.vhkgateway.domain.card.Location;

/**
 * One thing that stops a card: personal data in some place, or a problem with the file or mail.
 * Holds only a masked excerpt ({@link Masker}), never the data itself, so a finding can be logged, stored and sent
 * back to the sender.
 *
 * @param category      what was found
 * @param location      where it was found
 * @param maskedExcerpt the masked text ("S**** J*****"), or a short neutral description for document findings
 * @param detector      the name of the detector or check that found it (for audit and regression tests)
 */
public record Finding(Category category, Location location, String maskedExcerpt, String detector) {

    public Finding {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(maskedExcerpt, "maskedExcerpt");
        Objects.requireNonNull(detector, "detector");
    }
}
