package nl.vhkgateway.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import nl.vhkgateway.application.screening.CardScreeningService;
import nl.vhkgateway.infrastructure.config.ScreeningServices;
import nl.vhkgateway.testsupport.corpus.CorpusGenerator;

/**
 * For profiling (JFR) and quick before/after figures: screens (or only extracts) the benchmark's
 * {@value ScreeningBenchmark#CARDS} cards on two threads for a number of seconds and prints, per slice, the process
 * CPU time per card, the heap bytes allocated per card (all threads, measured) and the CPU utilisation of two cores.
 * Arguments: {@code screen|extract [seconds, default 30]}.
 */
public final class ScreeningProfile {

    private ScreeningProfile() {
    }

    /** Time the collectors report (for G1 and ParallelGC: their pauses), all collectors together. */
    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "screen";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        CorpusGenerator generator = new CorpusGenerator(2026);
        List<byte[]> cards = new ArrayList<>();
        for (int i = 0; i < ScreeningBenchmark.CARDS; i++) {
            cards.add(generator.cleanCard(i).content());
        }
        try (CardScreeningService screening = ScreeningServices.cardScreening()) {
            ScreeningBenchmark.Bench bench = mode.equals("extract") ? ScreeningBenchmark::extract
                    : card -> screening.screen("kaart.docx", card);
            for (int i = 0; i < 5; i++) {
                ScreeningBenchmark.slice(bench, cards);
            }
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            while (System.nanoTime() < end) {
                long gcBefore = gcMillis();
                ScreeningBenchmark.Slice s = ScreeningBenchmark.slice(bench, cards);
                long gc = gcMillis() - gcBefore;
                System.out.printf("%s: %5d cards %6.1f cards/s  CPU %.2f ms/card  alloc %.2f MB/card  CPU use %.0f %%"
                        + "  GC %d ms%n", mode, s.cards(), s.cardsPerSecond(), s.cpuMillisPerCard(),
                        s.allocatedMegabytesPerCard(), 100 * s.cpuUtilisation(), gc);
            }
        }
    }
}
