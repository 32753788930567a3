package nl.vhkgateway.domain.screening.detector;

import nl.vhkgateway.domain.card.Section;

/**
 * Development tool on test data (never product code): for each sentence given as an argument, which named step of
 * {@link PersonNameDetector} set or cleared which name flag, and what the detector finds in the end. Answers "which
 * rule refused this?" while tuning. Prints the sentences it is given: run it on development data only.
 *
 * <p>Usage: {@code java -cp target/classes:target/test-classes:<deps> nl.vhkgateway.domain.screening.detector.PersonNameTrace
 * [--section=NAAM] "zin 1" "zin 2"} (the section is a {@link Section} name; the default is ONVEILIGHEID, the body's first section).
 */
public final class PersonNameTrace {

    private PersonNameTrace() {
    }

    public static void main(String[] args) {
        PersonNameDetector detector = new PersonNameDetector(WordLists.defaults());
        Section section = Section.ONVEILIGHEID;
        for (String arg : args) {
            if (arg.startsWith("--section=")) {
                section = Section.valueOf(arg.substring("--section=".length()));
                continue;
            }
            System.out.println(arg);
            detector.trace(DetectorFixture.segment(arg, section)).forEach(line -> System.out.println("  " + line));
            System.out.println("  => " + DetectorFixture.found(detector, arg, section));
        }
    }
}
