package nl.vhkgateway.application.intake.routing;

import nl.vhkgateway.application.metrics.DurationHistogram;
import jakarta.mail.internet.MimeMessage;
import nl.vhkgateway.application.screening.MailScreeningReport;
import nl.vhkgateway.application.screening.MailScreeningService;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.Finding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Step: screen the mail of an accepted sender — subject, body, attachment names and the one .docx (the S/MIME
 * unwrapped content) — with the {@link MailScreeningService}. A screener failure (an exception, or a
 * {@link Category#SCREENING_ERROR} / {@link Category#TIMEOUT} finding: not the sender's fault) is reported as
 * {@link Screening#failure()} so that the submission goes to quarantine instead of a refusal. Thread-safe.
 */
public final class ScreenCard {

    private static final Logger LOG = Logger.getLogger(ScreenCard.class.getName());

    private final MailScreeningService screening;
    private final Clock clock;
    private final DurationHistogram times;

    public ScreenCard(MailScreeningService screening, Clock clock) {
        this(screening, clock, new DurationHistogram(DurationHistogram.SCREENING_BOUNDS));
    }

    /** @param times receives how long each screening took (for the metrics) */
    public ScreenCard(MailScreeningService screening, Clock clock, DurationHistogram times) {
        this.screening = Objects.requireNonNull(screening, "screening");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.times = Objects.requireNonNull(times, "times");
    }

    public Screening screen(MimeMessage content) {
        MailScreeningReport report;
        long start = System.nanoTime();
        try {
            report = screening.screen(content);
            times.observe(Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException | StackOverflowError e) {
            times.observe(Duration.ofNanos(System.nanoTime() - start));
            LOG.warning(() -> "Screening failed with " + e.getClass().getName());
            return new Screening(Optional.empty(), clock.instant(),
                    Optional.of(Category.SCREENING_ERROR));
        }
        Optional<Category> failure = report.findings().stream().map(Finding::category)
                .filter(c -> c == Category.SCREENING_ERROR || c == Category.TIMEOUT)
                .findFirst();
        return new Screening(Optional.of(report), clock.instant(), failure);
    }

    /**
     * What screening gave.
     *
     * @param report  the report; empty when the screener threw
     * @param at      when screening finished
     * @param failure the screener failure, when the screening itself failed
     */
    public record Screening(Optional<MailScreeningReport> report, Instant at, Optional<Category> failure) {

        public Screening {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(failure, "failure");
            if (report.isEmpty() && failure.isEmpty()) {
                throw new IllegalArgumentException("a screening without a report has failed");
            }
        }

        public boolean failed() {
            return failure.isPresent();
        }
    }
}
