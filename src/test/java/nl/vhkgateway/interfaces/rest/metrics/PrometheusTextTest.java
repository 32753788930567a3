package nl.vhkgateway.interfaces.rest.metrics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.vhkgateway.application.metrics.DurationHistogram;
import nl.vhkgateway.application.metrics.WorkFigures;

class PrometheusTextTest {

    /** A sample line of the text format: name, optional labels, a number. */
    private static final Pattern SAMPLE = Pattern.compile("[a-z_]+(\\{[a-z]+=\"[^\"]*\"})? -?[0-9.E+-]+");

    @Test
    void writesEveryFigureAsAValidSampleWithHelpAndType() {
        DurationHistogram screening = new DurationHistogram(DurationHistogram.SCREENING_BOUNDS);
        screening.observe(Duration.ofMillis(80));
        screening.observe(Duration.ofMillis(700));
        screening.observe(Duration.ofSeconds(45));
        WorkFigures.Snapshot figures = new WorkFigures.Snapshot(12, Map.of("accepted", 7L, "refused", 3L,
                "quarantined", 2L), 1, Map.of("DELIVERED", 7L, "REFUSED", 3L), 2, Optional.of(Duration.ofSeconds(90)));

        String text = PrometheusText.write(figures, screening);

        for (String line : text.split("\n")) {
            assertTrue(line.startsWith("# HELP ") || line.startsWith("# TYPE ") || SAMPLE.matcher(line).matches(),
                    line);
        }
        assertTrue(text.contains("# TYPE vhk_cards_received_total counter\nvhk_cards_received_total 12\n"), text);
        assertTrue(text.contains("vhk_cards_decided_total{outcome=\"refused\"} 3\n"), text);
        assertTrue(text.contains("vhk_cards{state=\"delivered\"} 7\n"), text);
        assertTrue(text.contains("vhk_outbox_oldest_pending_age_seconds 90\n"), text);
        assertTrue(text.contains("vhk_screening_duration_seconds_bucket{le=\"0.1\"} 1\n"), text);
        assertTrue(text.contains("vhk_screening_duration_seconds_bucket{le=\"1\"} 2\n"), text);
        assertTrue(text.contains("vhk_screening_duration_seconds_bucket{le=\"30\"} 2\n"), text);
        assertTrue(text.contains("vhk_screening_duration_seconds_bucket{le=\"+Inf\"} 3\n"), text);
        assertTrue(text.contains("vhk_screening_duration_seconds_count 3\n"), text);
        assertTrue(text.contains("vhk_screening_duration_seconds_sum 45.78\n"), text);
    }

    @Test
    void anEmptyOutboxHasAge0() {
        String text = PrometheusText.write(new WorkFigures.Snapshot(0, Map.of(), 0, Map.of(), 0, Optional.empty()),
                new DurationHistogram(DurationHistogram.SCREENING_BOUNDS));
        assertTrue(text.contains("vhk_outbox_oldest_pending_age_seconds 0\n"), text);
        assertTrue(text.contains("vhk_screening_duration_seconds_count 0\n"), text);
    }
}
