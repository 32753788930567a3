package nl.vhkgateway.domain.planning;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The recorded outcome of a discussion ("Uitkomst inbreng VHT") as far as terms follow from it. The advice and the
 * agreements themselves stay in the card; the gateway stores only what the terms need.
 *
 * @param adviceDate               the day of the meeting that gave the advice
 * @param interventionTalkAdvised  whether an intervention talk (with the RvdK) is advised
 * @param interventionTalkDate     the talk's date, once it is planned
 * @param monitoringDate           the date of the follow-up discussion, when monitoring was agreed
 * @param otsEndDate               for a GI case under a supervision order (OTS): its end date
 */
public record Outcome(LocalDate adviceDate, boolean interventionTalkAdvised, Optional<LocalDate> interventionTalkDate,
                      Optional<LocalDate> monitoringDate, Optional<LocalDate> otsEndDate) {

    public Outcome {
        Objects.requireNonNull(adviceDate, "adviceDate");
        Objects.requireNonNull(interventionTalkDate, "interventionTalkDate");
        Objects.requireNonNull(monitoringDate, "monitoringDate");
        Objects.requireNonNull(otsEndDate, "otsEndDate");
        if (interventionTalkDate.isPresent() && !interventionTalkAdvised) {
            throw new IllegalArgumentException("a talk date without an advised intervention talk");
        }
        if (interventionTalkDate.filter(d -> d.isBefore(adviceDate)).isPresent()) {
            throw new IllegalArgumentException("the intervention talk lies before the advice");
        }
        if (monitoringDate.filter(d -> !d.isAfter(adviceDate)).isPresent()) {
            throw new IllegalArgumentException("the monitoring date must lie after the advice");
        }
    }
}
