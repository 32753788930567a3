package nl.vhkgateway.domain.screening.detector;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A named step of {@link PersonNameDetector}'s pass: one rule that sets or clears name flags, with an example of what
 * it decides. The detector runs its steps in a fixed order (see {@link PersonNameDetector#steps()}).
 *
 * @param name    the rule's name (usually its class)
 * @param example a short example of the text the rule decides
 * @param rule    what it does to the pass's flags
 */
record NameStep(String name, String example, Consumer<NamePass> rule) {

    NameStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(rule, "rule");
    }

    void apply(NamePass pass) {
        rule.accept(pass);
    }
}
