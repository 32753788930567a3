package nl.vhkgateway.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.vhkgateway.application.screening.CardScreeningService;
import nl.vhkgateway.domain.screening.ScreeningReport;
import nl.vhkgateway.infrastructure.config.ScreeningServices;
import nl.vhkgateway.testsupport.corpus.CorpusGenerator;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Screening throughput on typical generated cards (JMH, two threads: both cores), against bare POI text extraction
 * ({@code XWPFWordExtractor.getText()}) of the same cards. {@link #main} measures both in alternating slices and
 * prints cards/s and the ratio of screening time to extraction time. Not a test: run it with
 * {@code mvn -o -Pbenchmark} (the profile in pom.xml).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 3)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-XX:+UseParallelGC"})
@Threads(2)
public class ScreeningBenchmark {

    /** Number of distinct generated cards the benchmark cycles through. */
    static final int CARDS = 200;

    /** The cards and the screener, shared by both threads. */
    @State(Scope.Benchmark)
    public static class Corpus {
        List<byte[]> cards;
        CardScreeningService screening;

        @Setup(Level.Trial)
        public void generate() {
            CorpusGenerator generator = new CorpusGenerator(2026);
            cards = new ArrayList<>();
            for (int i = 0; i < CARDS; i++) {
                cards.add(generator.cleanCard(i).content());
            }
            screening = ScreeningServices.cardScreening();
        }

        @TearDown(Level.Trial)
        public void close() {
            screening.close();
        }
    }

    /** Each thread walks the cards on its own. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        byte[] card(Corpus corpus) {
            next = (next + 1) % corpus.cards.size();
            return corpus.cards.get(next);
        }
    }

    @Benchmark
    public ScreeningReport screen(Corpus corpus, Cursor cursor) {
        return corpus.screening.screen("kaart.docx", cursor.card(corpus));
    }

    @Benchmark
    public String poiExtract(Corpus corpus, Cursor cursor) {
        return extract(cursor.card(corpus));
    }

    /**
     * The printed benchmark. On a machine shared with other work, JMH's runs of one benchmark after the other meet
     * different loads; so this main measures in pairs: {@value #PAIRS} times extraction then screening, each for
     * {@value #SLICE_MILLIS} ms on two threads over the same cards, after a warm-up. Per slice it records cards,
     * wall time and the process's CPU time. It prints the median wall-clock throughput of both, the median CPU time
     * per card (and the capacity of two cores it implies), and the median per-pair ratio of screening time to
     * extraction time (by CPU time, which the machine's other load does not inflate, and by wall time).
     * The JMH benchmarks above remain for {@code org.openjdk.jmh.Main}.
     */
    public static void main(String[] args) throws Exception {
        Corpus corpus = new Corpus();
        corpus.generate();
        try {
            Bench extract = card -> extract(card);
            Bench screen = card -> corpus.screening.screen("kaart.docx", card);
            long warmUpEnd = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
            while (System.nanoTime() < warmUpEnd) {
                slice(extract, corpus.cards);
                slice(screen, corpus.cards);
            }
            double loadBefore = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage();
            List<Double> extractWall = new ArrayList<>();
            List<Double> screenWall = new ArrayList<>();
            List<Double> extractCpu = new ArrayList<>();
            List<Double> screenCpu = new ArrayList<>();
            List<Double> ratioCpu = new ArrayList<>();
            List<Double> ratioWall = new ArrayList<>();
            for (int pair = 0; pair < PAIRS; pair++) {
                Slice e = slice(extract, corpus.cards);
                Slice s = slice(screen, corpus.cards);
                extractWall.add(e.cardsPerSecond());
                screenWall.add(s.cardsPerSecond());
                extractCpu.add(e.cpuMillisPerCard());
                screenCpu.add(s.cpuMillisPerCard());
                ratioCpu.add(s.cpuMillisPerCard() / e.cpuMillisPerCard());
                ratioWall.add(e.cardsPerSecond() / s.cardsPerSecond());
            }
            int cores = Runtime.getRuntime().availableProcessors();
            double loadAfter = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage();
            // other processes share the machine: the wall-clock figures only mean something near an idle machine
            System.out.printf("System load average (1 min) before/after the measured slices: %.2f / %.2f%n",
                    loadBefore, loadAfter);
            System.out.printf("%d typical generated cards, %d threads, %d paired slices of %d ms, %d cores%n", CARDS,
                    THREADS, PAIRS, SLICE_MILLIS, cores);
            System.out.printf("Screening throughput (wall clock, median): %.1f cards/s%n", median(screenWall));
            System.out.printf("Bare POI extraction throughput (wall clock, median): %.1f cards/s%n",
                    median(extractWall));
            System.out.printf("Screening CPU time per card (median): %.2f ms -> %.0f cards/s on 2 cores%n",
                    median(screenCpu), 2000 / median(screenCpu));
            System.out.printf("Extraction CPU time per card (median): %.2f ms -> %.0f cards/s on 2 cores%n",
                    median(extractCpu), 2000 / median(extractCpu));
            System.out.printf("Screening time / extraction time: %.2f by CPU time, %.2f by wall time (medians)%n",
                    median(ratioCpu), median(ratioWall));
        } finally {
            corpus.close();
        }
    }

    static final int THREADS = 2;
    static final int PAIRS = 15;
    static final int SLICE_MILLIS = 2000;
    static final int WARM_UP_SECONDS = 20;

    /** One card through one of the two benchmarked operations. */
    @FunctionalInterface
    private interface Bench {
        Object run(byte[] card);
    }

    /** Cards done in a slice, its wall time and the process CPU time it took. */
    private record Slice(long cards, long wallNanos, long cpuNanos) {
        double cardsPerSecond() {
            return cards * 1e9 / wallNanos;
        }

        double cpuMillisPerCard() {
            return cpuNanos / 1e6 / cards;
        }
    }

    private static Slice slice(Bench bench, List<byte[]> cards) throws InterruptedException {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        long end = start + SLICE_MILLIS * 1_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int offset = t * 97;
            Thread thread = new Thread(() -> {
                int next = offset;
                while (System.nanoTime() < end) {
                    bench.run(cards.get(next++ % cards.size()));
                    done.incrementAndGet();
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Slice(done.get(), System.nanoTime() - start, os.getProcessCpuTime() - cpuStart);
    }

    private static String extract(byte[] card) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(card));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

}
