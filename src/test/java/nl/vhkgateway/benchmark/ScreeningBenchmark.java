package nl.vhkgateway.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
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
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Screening throughput on typical generated cards (JMH, two threads: both cores), against bare POI text extraction
 * ({@code XWPFWordExtractor.getText()}) of the same cards. {@link #main} runs both and prints cards/s and the ratio
 * of screening time to extraction time. Not a test: run it with {@code mvn -o -Pbenchmark verify} (see the report
 * in the README).
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
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(cursor.card(corpus)));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder().include(ScreeningBenchmark.class.getSimpleName()).build();
        Collection<RunResult> results = new Runner(options).run();
        double screen = score(results, "screen");
        double extract = score(results, "poiExtract");
        System.out.println();
        System.out.printf("Screening throughput (2 threads): %.1f cards/s%n", screen);
        System.out.printf("Bare POI extraction (2 threads):  %.1f cards/s%n", extract);
        System.out.printf("Screening time / extraction time: %.2f%n", extract / screen);
    }

    private static double score(Collection<RunResult> results, String benchmark) {
        return results.stream().filter(r -> r.getParams().getBenchmark().endsWith("." + benchmark))
                .findFirst().orElseThrow().getPrimaryResult().getScore();
    }
}
