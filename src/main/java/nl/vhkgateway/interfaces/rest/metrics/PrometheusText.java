package nl.vhkgateway.interfaces.rest.metrics;

import java.util.Locale;
import java.util.TreeMap;

import nl.vhkgateway.application.mailflow.InDoubtDeliveries;
import nl.vhkgateway.application.metrics.DurationHistogram;
import nl.vhkgateway.application.metrics.WorkFigures;

/**
 * Writes the gateway's figures in the Prometheus text exposition format (version 0.0.4): {@code # HELP},
 * {@code # TYPE}, one sample per line. Metric names start with {@code vhk_}. Stateless.
 */
final class PrometheusText {

    static final String MEDIA_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {
    }

    static String write(WorkFigures.Snapshot figures, DurationHistogram screening) {
        StringBuilder out = new StringBuilder(2048);
        metric(out, "vhk_cards_received_total", "counter", "Mails received in the intake mailbox.");
        sample(out, "vhk_cards_received_total", "", figures.received());
        metric(out, "vhk_cards_decided_total", "counter", "Intake decisions by outcome (a released quarantine is"
                + " decided again).");
        new TreeMap<>(figures.decisions()).forEach((outcome, n) ->
                sample(out, "vhk_cards_decided_total", label("outcome", outcome), n));
        metric(out, "vhk_cards_errors_total", "counter", "Times a submission failed into ERROR.");
        sample(out, "vhk_cards_errors_total", "", figures.errors());
        metric(out, "vhk_cards", "gauge", "Intake submissions per state now.");
        new TreeMap<>(figures.byState()).forEach((state, n) ->
                sample(out, "vhk_cards", label("state", state.toLowerCase(Locale.ROOT)), n));
        metric(out, "vhk_outbox_pending", "gauge", "Outgoing mails not yet accepted by the SMTP server.");
        sample(out, "vhk_outbox_pending", "", figures.outboxPending());
        metric(out, "vhk_outbox_oldest_pending_age_seconds", "gauge", "How long the oldest unsent mail waits"
                + " (0 when none).");
        sample(out, "vhk_outbox_oldest_pending_age_seconds", "",
                figures.oldestPendingAge().map(age -> age.toMillis() / 1000.0).orElse(0.0));
        metric(out, "vhk_screening_duration_seconds", "histogram", "Time to screen one card, since the start of"
                + " this instance.");
        for (int i = 0; i < screening.bounds().size(); i++) {
            sample(out, "vhk_screening_duration_seconds_bucket", label("le", number(screening.bounds().get(i))),
                    screening.cumulative(i));
        }
        sample(out, "vhk_screening_duration_seconds_bucket", label("le", "+Inf"), screening.count());
        sample(out, "vhk_screening_duration_seconds_sum", "", screening.sumSeconds());
        sample(out, "vhk_screening_duration_seconds_count", "", screening.count());
        return out.toString();
    }

    /**
     * The outbox messages in doubt decided by this instance since its start (issue 12), by resolution:
     * {@code delivered} (found at the recipient, not sent again), {@code not_delivered} (not found, sent again) and
     * {@code unverified} (not checkable, sent again with the same Message-ID: a duplicate is possible).
     */
    static String inDoubt(InDoubtDeliveries inDoubt) {
        StringBuilder out = new StringBuilder(512);
        metric(out, "vhk_outbox_in_doubt_total", "counter", "Outgoing mails in doubt after a crash or takeover, by"
                + " resolution, since the start of this instance (unverified: resent unchecked).");
        for (InDoubtDeliveries.Resolution resolution : InDoubtDeliveries.Resolution.values()) {
            sample(out, "vhk_outbox_in_doubt_total", label("resolution", resolution.name().toLowerCase(Locale.ROOT)),
                    inDoubt.count(resolution));
        }
        return out.toString();
    }

    private static void metric(StringBuilder out, String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void sample(StringBuilder out, String name, String labels, double value) {
        out.append(name).append(labels).append(' ').append(number(value)).append('\n');
    }

    private static String label(String name, String value) {
        return "{" + name + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
