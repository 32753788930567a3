package nl.vhkgateway.domain.screening.detector;

import nl.vhkgateway.domain.card.Section;

/**
 * Development tool on test data (never product code): what the whole default catalog finds in each sentence given as
 * an argument, standing alone in a section. Prints the sentences it is given: run it on development data only.
 *
 * <p>Usage: {@code java -cp target/classes:target/test-classes:<deps> nl.vhkgateway.domain.screening.detector.CatalogTrace
 * [--section=NAAM] "zin 1" "zin 2"}.
 */
public final class CatalogTrace {

    private CatalogTrace() {
    }

    public static void main(String[] args) {
        Section section = Section.ONVEILIGHEID;
        for (String arg : args) {
            if (arg.startsWith("--section=")) {
                section = Section.valueOf(arg.substring("--section=".length()));
                continue;
            }
            System.out.println(arg + "\n  => " + DetectorFixture.all(arg, section));
        }
    }
}
