package nl.vhkgateway.domain.screening.detector;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.ScreeningContext;

/**
 * Benchmark main (not a test): loads the word lists once and runs the default detector catalog over typical cards —
 * about 60 segments and 1,500 words of realistic text, each card different (so no per-card cache helps) — and prints
 * the load time and the time per card. Run: {@code mvn -o -q test-compile} then
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) nl.vhkgateway.domain.screening.detector.DetectorBenchmark}
 * (cp.txt from {@code mvn -o dependency:build-classpath -Dmdep.outputFile=cp.txt}).
 */
public final class DetectorBenchmark {

    private DetectorBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        WordLists.defaults();
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        DetectorCatalog catalog = DetectorCatalog.defaults();
        long t2 = System.nanoTime();
        System.out.printf("word lists loaded in %.0f ms wall clock (%.0f ms CPU), catalog built in %.0f ms%n",
                (t1 - t0) / 1e6, (c1 - c0) / 1e6, (t2 - t1) / 1e6);

        List<CleanTextTest.Paragraph> paragraphs = CleanTextTest.paragraphs();
        int cards = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        List<ScreeningContext> contexts = new ArrayList<>(cards);
        int words = 0;
        int segments = 0;
        for (int c = 0; c < cards; c++) {
            List<TextSegment> card = new ArrayList<>();
            int cardWords = 0;
            for (int k = 0; cardWords < 1500; k++) {
                CleanTextTest.Paragraph p = paragraphs.get((c * 7 + k) % paragraphs.size());
                String text = p.text() + (k % 5 == 0 ? " Besproken op " + (1 + c % 28) + "-11-2026." : "");
                card.add(DetectorFixture.segment(text, p.section()));
                cardWords += text.split("\\s+").length;
            }
            while (card.size() < 60) {
                card.add(DetectorFixture.segment("n.v.t.", nl.vhkgateway.domain.card.Section.EXPERTS));
            }
            words += cardWords;
            segments += card.size();
            contexts.add(new ScreeningContext(new CardContent(card, Map.of(), Set.of()), 2026));
        }
        System.out.printf("%d cards, on average %d segments and %d words per card%n", cards, segments / cards,
                words / cards);
        int findings = 0;
        int warm = Math.min(1000, cards / 3);
        for (int i = 0; i < warm; i++) {
            findings += catalog.detect(contexts.get(i)).size();
        }
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = warm; i < cards; i++) {
            findings += catalog.detect(contexts.get(i)).size();
        }
        double ms = (System.nanoTime() - start) / 1e6 / (cards - warm);
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / (cards - warm);
        System.out.printf("detectors: %.3f ms per card wall clock, %.3f ms CPU time (%.0f cards/s per core), "
                + "%d findings%n", ms, cpuMs, 1000 / cpuMs, findings);
    }
}
