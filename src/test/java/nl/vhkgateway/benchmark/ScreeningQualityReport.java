package nl.vhkgateway.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.vhkgateway.domain.screening.detector.DetectorCatalog;
import nl.vhkgateway.testsupport.screening.SentenceScore;
import nl.vhkgateway.testsupport.screening.SentenceSet;

/**
 * Prints the screener's quality on the labelled sentence sets (run by {@code mvn -o -Pbenchmark} before the speed
 * benchmark): per category the personal-data items refused (recall) and the clean sentences refused (false-refusal
 * rate), for the whole set, the tuning part and the held-out part (every third sentence, never tuned against).
 * Prints no sentence text, only counts, unless {@code --failures} is given (then the failures of the tuning part only).
 *
 * <p>Arguments: optional TSV files; without them the regression resources {@value #DEFAULT}.
 */
public final class ScreeningQualityReport {

    static final String DEFAULT = "/screening/blind/sentences.tsv";

    private ScreeningQualityReport() {
    }

    public static void main(String[] args) throws IOException {
        boolean failures = false;
        List<SentenceSet> sets = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--failures")) {
                failures = true;
            } else {
                try (InputStream in = Files.newInputStream(Path.of(a))) {
                    sets.add(SentenceSet.read(a, in));
                }
            }
        }
        if (sets.isEmpty()) {
            sets.add(SentenceSet.read(DEFAULT));
        }
        DetectorCatalog catalog = DetectorCatalog.defaults();
        for (SentenceSet set : sets) {
            List<SentenceScore.Outcome> outcomes = SentenceScore.score(set, catalog);
            System.out.println("== Screening quality: " + set.name() + " (" + outcomes.size() + " sentences)");
            System.out.println("-- all");
            System.out.print(SentenceScore.table(SentenceScore.tally(outcomes, o -> true)));
            System.out.println("-- tuning part (2 of every 3 sentences)");
            System.out.print(SentenceScore.table(SentenceScore.tally(outcomes, o -> !o.row().heldOut())));
            System.out.println("-- held-out part (every third sentence; never tuned against)");
            System.out.print(SentenceScore.table(SentenceScore.tally(outcomes, o -> o.row().heldOut())));
            System.out.println("-- failing ids (all parts; no text)");
            StringBuilder ids = new StringBuilder();
            for (SentenceScore.Outcome o : outcomes) {
                if (o.failed()) {
                    ids.append(o.row().id()).append(o.row().heldOut() ? " (held-out) " : " ").append(o.row().category())
                            .append('\n');
                }
            }
            System.out.print(ids);
            if (failures) {
                System.out.println("-- failures in the tuning part");
                for (SentenceScore.Outcome o : outcomes) {
                    if (!o.row().heldOut() && o.failed()) {
                        System.out.println(o.row().id() + "\t" + o.row().category() + "\t" + o.describe() + "\t"
                                + o.row().sentence());
                    }
                }
            }
        }
    }
}
