package nl.vhkgateway.application.consent;

import java.util.Optional;

/**
 * Screens a short free text of the register (the note with how consent was given) for personal data, with the
 * card screener's detectors. Thread-safe.
 */
@FunctionalInterface
public interface NoteScreening {

    /** @return a Dutch description of the first kind of personal data found ("een BSN"); empty when none */
    Optional<String> personalDataIn(String note);
}
