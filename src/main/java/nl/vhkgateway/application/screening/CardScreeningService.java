package nl.vhkgateway.application.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.CardFacts;
import nl.vhkgateway.domain.card.CardFactsExtractor;
import nl.vhkgateway.domain.card.CardReader;
import nl.vhkgateway.domain.card.DocumentInspector;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.DocumentSanitiser;
import nl.vhkgateway.domain.card.Location;
import nl.vhkgateway.domain.card.SanitisedDocument;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.card.UnreadableDocumentException;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Detector;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.ScreeningContext;
import nl.vhkgateway.domain.screening.ScreeningReport;
import nl.vhkgateway.domain.screening.Verdict;
import nl.vhkgateway.domain.screening.completeness.CardUnderReview;
import nl.vhkgateway.domain.screening.completeness.CompletenessCheck;
import nl.vhkgateway.domain.screening.completeness.CompletenessResult;
import nl.vhkgateway.domain.screening.detector.DetectorCatalog;
import nl.vhkgateway.domain.screening.detector.FindingResolver;

/**
 * Screens one Veiligheidskaart (.docx) for intake: is it a safe Word document, does what would be forwarded hold
 * personal data, is it complete. The steps, in order:
 * <ol>
 *   <li>size limit, then {@link DocumentInspector}: any problem with the file makes the card INVALID;</li>
 *   <li>{@link DocumentSanitiser}: the copy that may be forwarded;</li>
 *   <li>{@link CardReader} reads the <em>sanitised copy</em>: what will be forwarded is what is screened;</li>
 *   <li>every detector of the {@link DetectorCatalog} over every text segment of that copy (overlaps merged per
 *   segment; link targets also read as words, {@link LinkText}), and over the authored text sanitising removed ({@link SanitisedDocument#removedText()}: tracked
 *   deletions, cleared properties); the same finding is reported once;</li>
 *   <li>{@link CardFactsExtractor} and {@link CompletenessCheck}.</li>
 * </ol>
 * Verdict: INVALID for any document problem; REJECT when anything was found or is missing; ACCEPT otherwise, with the
 * sanitised copy.
 * <p>
 * Bounded: the whole screening of one file runs under a deadline ({@link ScreeningLimits#timeout()}) on a worker
 * thread; the caller gets a TIMEOUT report when it passes, and the worker stops at its next check. Any exception a
 * hostile file provokes becomes an INVALID report; nothing escapes. Never logs card text or file names (sizes,
 * categories and durations only).
 * <p>
 * Thread-safe: one instance serves many cards concurrently. {@link #close()} stops the worker threads.
 */
public final class CardScreeningService implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CardScreeningService.class.getName());
    private static final Location DOCUMENT = Location.of(DocumentPart.DOCUMENT, "");

    private final DocumentInspector inspector;
    private final DocumentSanitiser sanitiser;
    private final CardReader reader;
    private final DetectorCatalog detectors;
    private final CompletenessCheck completeness;
    private final CardFactsExtractor factsExtractor = new CardFactsExtractor();
    private final ScreeningLimits limits;
    private final Clock clock;
    private final ThreadPoolExecutor workers;

    private CardScreeningService(Builder builder) {
        this.inspector = Objects.requireNonNull(builder.inspector, "inspector");
        this.sanitiser = Objects.requireNonNull(builder.sanitiser, "sanitiser");
        this.reader = Objects.requireNonNull(builder.reader, "reader");
        this.detectors = Objects.requireNonNull(builder.detectors, "detectors");
        if (detectors.names().isEmpty()) {
            throw new IllegalArgumentException("screening without detectors would accept anything");
        }
        this.completeness = Objects.requireNonNull(builder.completeness, "completeness");
        this.limits = Objects.requireNonNull(builder.limits, "limits");
        this.clock = Objects.requireNonNull(builder.clock, "clock");
        AtomicInteger threadNumber = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(0, builder.maxWorkerThreads, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), task -> {
                    Thread thread = new Thread(task, "vhk-screening-" + threadNumber.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    public static Builder builder() {
        return new Builder();
    }

    public ScreeningLimits limits() {
        return limits;
    }

    /**
     * Screens one file.
     *
     * @param fileName the file name as sent (for the extension check; never logged), may be ""
     * @param content  the file's bytes
     * @return the report; never null, never throws for any content
     */
    public ScreeningReport screen(String fileName, byte[] content) {
        return screenWithContent(fileName, content).report();
    }

    /** The report and, when the card could be read, its content (for screening the mail around it in context). */
    CardScreening screenWithContent(String fileName, byte[] content) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        long start = System.nanoTime();
        Deadline deadline = Deadline.after(limits.timeout());
        CardScreening screening;
        if (content.length > limits.maxInputBytes()) {
            screening = invalid(Category.TOO_LARGE, "Het bestand is groter dan " + limits.maxInputMegabytes()
                    + " MB; een Veiligheidskaart is veel kleiner.", "size-limit");
        } else {
            screening = screenOnWorker(fileName, content, deadline);
        }
        ScreeningReport report = screening.report();
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine(String.format("screened %d bytes in %d ms: %s, categories %s, %d missing", content.length,
                    (System.nanoTime() - start) / 1_000_000, report.verdict(),
                    report.findings().stream().map(Finding::category).distinct().toList(), report.missing().size()));
        }
        return screening;
    }

    private CardScreening screenOnWorker(String fileName, byte[] content, Deadline deadline) {
        Future<CardScreening> future;
        try {
            future = workers.submit(() -> screenNow(fileName, content, deadline));
        } catch (RejectedExecutionException busy) {
            // Every worker is busy: screen on the caller's thread, still under the (cooperative) deadline.
            return screenNow(fileName, content, deadline);
        }
        try {
            return future.get(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.warning("screening exceeded its deadline of " + limits.timeout().toSeconds() + " s; cancelled");
            return timeout();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return invalid(Category.SCREENING_ERROR, "Het controleren van de kaart is afgebroken.", "interrupted");
        } catch (ExecutionException e) {
            // screenNow catches everything it can; an Error it could not handle ends up here.
            LOG.warning("screening failed unexpectedly: " + e.getCause().getClass().getName());
            return invalid(Category.SCREENING_ERROR, "De kaart kon door een fout niet volledig worden gecontroleerd.",
                    "error");
        }
    }

    /** The whole screening on the current thread. Never throws. */
    CardScreening screenNow(String fileName, byte[] content, Deadline deadline) {
        String step = "inspect";
        try {
            List<Finding> problems = inspector.inspect(fileName, content);
            if (!problems.isEmpty()) {
                return new CardScreening(new ScreeningReport(Verdict.INVALID, problems, List.of(), Optional.empty(),
                        Optional.empty(), List.of()), Optional.empty());
            }
            deadline.check();
            step = "sanitise";
            SanitisedDocument sanitised = sanitiser.sanitise(content);
            deadline.check();
            step = "read";
            byte[] copy = sanitised.content();
            CardContent card = reader.read(copy);
            deadline.check();
            step = "detect";
            CardFacts facts = factsExtractor.extract(card);
            int cardYear = facts.cardDate().map(LocalDate::getYear).orElse(Year.now(clock).getValue());
            List<Finding> findings = new ArrayList<>(detect(card, sanitised.removedText(), cardYear, deadline));
            step = "completeness";
            CompletenessResult completion = completeness.check(new CardUnderReview(card, facts, cardYear));
            findings.addAll(completion.findings());
            if (findings.isEmpty() && completion.missing().isEmpty()) {
                return new CardScreening(new ScreeningReport(Verdict.ACCEPT, List.of(), sanitised.actions(),
                        Optional.of(copy), Optional.of(facts), List.of()), Optional.of(card));
            }
            return new CardScreening(new ScreeningReport(Verdict.REJECT, findings, sanitised.actions(),
                    Optional.empty(), Optional.of(facts), completion.missing()), Optional.of(card));
        } catch (Deadline.Expired e) {
            return timeout();
        } catch (UnreadableDocumentException e) {
            return invalid(e.category(), e.getMessage(), step);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // The gateway ran short of memory or stack, whatever the file: not proof that the card is corrupt.
            LOG.warning("screening step '" + step + "' ran out of resources: " + e.getClass().getName());
            return invalid(Category.SCREENING_ERROR, "De kaart kon door een fout niet volledig worden"
                    + " gecontroleerd.", step);
        } catch (RuntimeException e) {
            // Never the message: it may quote the document.
            LOG.warning("screening step '" + step + "' failed: " + e.getClass().getName());
            boolean fileProblem = step.equals("inspect") || step.equals("sanitise") || step.equals("read");
            return fileProblem
                    ? invalid(Category.CORRUPT, "Het document is beschadigd of kan niet als Word-document worden"
                            + " gelezen.", step)
                    : invalid(Category.SCREENING_ERROR, "De kaart kon door een fout niet volledig worden"
                            + " gecontroleerd.", step);
        }
    }

    private List<Finding> detect(CardContent card, List<TextSegment> removedText, int cardYear, Deadline deadline) {
        ScreeningContext context = new ScreeningContext(card, cardYear);
        List<Finding> findings = new ArrayList<>();
        for (TextSegment segment : card.segments()) {
            detectIn(segment, context, findings);
            deadline.check();
        }
        for (TextSegment segment : removedText) {
            detectIn(segment, context, findings);
            deadline.check();
        }
        return FindingResolver.dedupe(findings);
    }

    /**
     * The detectors over one segment; a segment that holds a link is also read as words ({@link LinkText}), so that
     * an address, date or number inside a link target is found too (categories not already found in it).
     */
    private void detectIn(TextSegment segment, ScreeningContext context, List<Finding> findings) {
        List<Finding> found = detectors.detect(segment, context);
        findings.addAll(found);
        Optional<String> words = LinkText.readable(segment.text());
        if (words.isPresent()) {
            Set<Category> seen = EnumSet.noneOf(Category.class);
            found.forEach(f -> seen.add(f.category()));
            for (Finding finding : detectors.detect(new TextSegment(words.get(), segment.location()), context)) {
                if (!seen.contains(finding.category())) {
                    findings.add(finding);
                }
            }
        }
    }

    private CardScreening timeout() {
        return invalid(Category.TIMEOUT, "De kaart kon niet binnen " + limits.timeout().toSeconds()
                + " seconden worden gecontroleerd.", "deadline");
    }

    private static CardScreening invalid(Category category, String dutchReason, String check) {
        return new CardScreening(invalidReport(category, dutchReason, check), Optional.empty());
    }

    /** An INVALID report with one document finding whose excerpt is the Dutch reason. */
    public static ScreeningReport invalidReport(Category category, String dutchReason, String check) {
        return new ScreeningReport(Verdict.INVALID, List.of(new Finding(category, DOCUMENT, dutchReason,
                "screening:" + check)), List.of(), Optional.empty(), Optional.empty(), List.of());
    }

    /** Detectors and resolver as configured, for screening the text of a mail with the same rules. */
    List<Finding> detectAll(List<TextSegment> segments, ScreeningContext context) {
        List<Finding> findings = new ArrayList<>();
        for (TextSegment segment : segments) {
            detectIn(segment, context, findings);
        }
        return FindingResolver.dedupe(findings);
    }

    /** The report of one card and, when it could be read, the card's content. */
    record CardScreening(ScreeningReport report, Optional<CardContent> content) {
    }

    /** Stops the worker threads (screening calls after this run on the caller's thread). */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    /** Collects the collaborators; {@link #build()} fails fast when one is missing. Not thread-safe. */
    public static final class Builder {
        private DocumentInspector inspector;
        private DocumentSanitiser sanitiser;
        private CardReader reader;
        private DetectorCatalog detectors;
        private CompletenessCheck completeness = CompletenessCheck.defaults();
        private ScreeningLimits limits = ScreeningLimits.DEFAULT;
        private Clock clock = Clock.systemDefaultZone();
        private int maxWorkerThreads = 16;

        private Builder() {
        }

        public Builder inspector(DocumentInspector value) {
            this.inspector = value;
            return this;
        }

        public Builder sanitiser(DocumentSanitiser value) {
            this.sanitiser = value;
            return this;
        }

        public Builder reader(CardReader value) {
            this.reader = value;
            return this;
        }

        /** The detectors (default: {@link DetectorCatalog#defaults()}). */
        public Builder detectors(DetectorCatalog value) {
            this.detectors = value;
            return this;
        }

        /** Exactly these detectors (names must be unique). */
        public Builder detectors(List<? extends Detector> value) {
            this.detectors = DetectorCatalog.from(value);
            return this;
        }

        public Builder completeness(CompletenessCheck value) {
            this.completeness = value;
            return this;
        }

        public Builder limits(ScreeningLimits value) {
            this.limits = value;
            return this;
        }

        /** The clock for the card year when a card has no date. */
        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /** Most files screened at the same time on worker threads (default 16); more run on the caller's thread. */
        public Builder maxWorkerThreads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxWorkerThreads must be at least 1");
            }
            this.maxWorkerThreads = value;
            return this;
        }

        public CardScreeningService build() {
            if (detectors == null) {
                detectors = DetectorCatalog.defaults();
            }
            return new CardScreeningService(this);
        }
    }
}
