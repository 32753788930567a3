package nl.vhkgateway.domain.planning;

import java.time.LocalDate;

/** How many cases are already planned (proposed or accepted) for the meeting on a date. */
@FunctionalInterface
public interface CaseLoad {

    int casesOn(LocalDate meeting);

    /** No case planned anywhere. */
    static CaseLoad none() {
        return meeting -> 0;
    }
}
