package nl.vhkgateway.domain.screening.detector;

import java.util.Objects;

/**
 * A named rule of {@link PersonNameDetector}'s token loop: it looks at one word (and its neighbours) and flags names,
 * reading and writing the loop's shared state ({@link NameLoop}). The loop runs the steps in a fixed order for each
 * word (see {@link PersonNameDetector#tokenSteps()}); a step may end the word's turn ({@link NameLoop#stop}), and a
 * step sees the flags that the steps before it set, for this word and the words before it.
 *
 * @param name    the rule's name
 * @param example a short example of the text the rule decides
 * @param words   the words it can decide at: a rule that only looks at a capitalised (or a lower-case) word is not
 *                called at the others, which saves the call and changes nothing
 * @param rule    what it does at word {@code i}
 */
record TokenStep(String name, String example, Words words, Rule rule) {

    /** The words a step can decide at. */
    enum Words {
        /** Any word. */
        ALL,
        /** Only a capitalised word (the rule starts with {@code t.capitalised()}). */
        CAPITALISED,
        /** Only a word that is not capitalised (the rule starts with {@code !t.capitalised()}). */
        LOWER_CASE
    }

    /** What a step does at one word. */
    @FunctionalInterface
    interface Rule {
        void apply(NameLoop loop, int i);
    }

    TokenStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(example, "example");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(rule, "rule");
    }
}
