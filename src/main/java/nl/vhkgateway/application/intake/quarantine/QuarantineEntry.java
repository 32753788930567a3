package nl.vhkgateway.application.intake.quarantine;

import nl.vhkgateway.domain.intake.IntakeRecord;
import nl.vhkgateway.domain.submission.StateChange;
import nl.vhkgateway.domain.submission.Submission;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the beheerder sees of a (formerly) quarantined submission: its metadata (received, claimed sender, size,
 * hash, state), what the intake recorded (sender verdict, reason codes), its history, and whether the content is
 * still kept (a release needs it). Never the content itself. Immutable.
 */
public record QuarantineEntry(Submission submission, Optional<IntakeRecord> record, List<StateChange> history,
                              boolean contentKept) {

    public QuarantineEntry {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(record, "record");
        history = List.copyOf(history);
    }
}
