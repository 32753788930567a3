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
     * wall time, the process's CPU time and the heap bytes allocated. It prints the median wall-clock throughput of
     * both, the median CPU time per card (and the capacity of two cores it implies), the median per-pair ratio of
     * screening time to extraction time (by CPU time, which the machine's other load does not inflate, and by wall
     * time), the allocated megabytes per card and how fully each used its two cores (CPU time / (wall time x 2):
     * the gap between the two ratios).
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
            List<Double> extractAllocated = new ArrayList<>();
            List<Double> screenAllocated = new ArrayList<>();
            List<Double> extractUse = new ArrayList<>();
            List<Double> screenUse = new ArrayList<>();
            for (int pair = 0; pair < PAIRS; pair++) {
                Slice e = slice(extract, corpus.cards);
                Slice s = slice(screen, corpus.cards);
                extractWall.add(e.cardsPerSecond());
                screenWall.add(s.cardsPerSecond());
                extractCpu.add(e.cpuMillisPerCard());
                screenCpu.add(s.cpuMillisPerCard());
                ratioCpu.add(s.cpuMillisPerCard() / e.cpuMillisPerCard());
                ratioWall.add(e.cardsPerSecond() / s.cardsPerSecond());
                extractAllocated.add(e.allocatedMegabytesPerCard());
                screenAllocated.add(s.allocatedMegabytesPerCard());
                extractUse.add(e.cpuUtilisation());
                screenUse.add(s.cpuUtilisation());
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
            // heap bytes all threads allocated (the JVM's counters, worker threads included), not an estimate
            System.out.printf("Allocated per card (median): screening %.2f MB, extraction %.2f MB%n",
                    median(screenAllocated), median(extractAllocated));
            // below 100 %: the threads waited (hand-offs, locks, pauses) or other processes had the cores
            System.out.printf("CPU use of %d cores, CPU time / (wall time x %d) (median): screening %.0f %%,"
                    + " extraction %.0f %%%n", THREADS, THREADS, 100 * median(screenUse), 100 * median(extractUse));
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
    interface Bench {
        Object run(byte[] card);
    }

    /**
     * Cards done in a slice, its wall time, the process CPU time it took and the heap bytes all threads allocated
     * in it (measured by the JVM, worker threads included).
     */
    record Slice(long cards, long wallNanos, long cpuNanos, long allocatedBytes) {
        double cardsPerSecond() {
            return cards * 1e9 / wallNanos;
        }

        double cpuMillisPerCard() {
            return cpuNanos / 1e6 / cards;
        }

        double allocatedMegabytesPerCard() {
            return allocatedBytes / 1e6 / cards;
        }

        /** CPU time / (wall time x threads): how fully the slice used its cores. */
        double cpuUtilisation() {
            return cpuNanos / (double) (wallNanos * THREADS);
        }
    }

    static Slice slice(Bench bench, List<byte[]> cards) throws InterruptedException {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        com.sun.management.ThreadMXBean threadBean = (com.sun.management.ThreadMXBean)
                java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        long allocatedStart = threadBean.getTotalThreadAllocatedBytes();
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
        return new Slice(done.get(), System.nanoTime() - start, os.getProcessCpuTime() - cpuStart,
                threadBean.getTotalThreadAllocatedBytes() - allocatedStart);
    }

    static String extract(byte[] card) {
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
