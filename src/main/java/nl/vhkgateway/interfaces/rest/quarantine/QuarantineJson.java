package nl.vhkgateway.interfaces.rest.quarantine;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import nl.vhkgateway.application.intake.quarantine.QuarantineEntry;
import nl.vhkgateway.domain.intake.IntakeRecord;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.submission.StateChange;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.util.List;
import java.util.Optional;

/**
 * JSON views of quarantined submissions for the beheerder: metadata (when, claimed sender, size, SHA-256), why it is
 * held (sender verdict and reason codes), whether the content is still kept, and the history. Never the subject,
 * body, attachment names or content. Stateless and thread-safe.
 */
final class QuarantineJson {

    private QuarantineJson() {
    }

    static JsonObject summary(QuarantineEntry entry) {
        return base(entry).build();
    }

    static JsonObject detail(QuarantineEntry entry) {
        JsonArrayBuilder history = Json.createArrayBuilder();
        for (StateChange change : entry.history()) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("to", change.to().name())
                    .add("reason", change.reasonCode())
                    .add("at", change.at().toString());
            change.from().ifPresent(from -> json.add("from", from.name()));
            history.add(json);
        }
        return base(entry).add("history", history).build();
    }

    private static JsonObjectBuilder base(QuarantineEntry entry) {
        Submission submission = entry.submission();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", submission.id().value())
                .add("state", submission.state().name())
                .add("receivedAt", submission.receivedAt().toString())
                .add("size", submission.size())
                .add("sha256", submission.key().contentHash().hex())
                .add("messageId", submission.key().messageId())
                .add("contentKept", entry.contentKept());
        submission.sender().map(MailAddress::value).ifPresent(sender -> json.add("claimedSender", sender));
        quarantinedAt(entry.history()).ifPresent(at -> json.add("quarantinedAt", at));
        lastQuarantineReason(entry.history()).ifPresent(reason -> json.add("reason", reason));
        entry.record().flatMap(IntakeRecord::senderVerdict).ifPresent(verdict -> json.add("senderVerdict", verdict));
        entry.record().flatMap(IntakeRecord::screeningVerdict)
                .ifPresent(verdict -> json.add("screeningVerdict", verdict));
        entry.record().flatMap(IntakeRecord::number).map(SubmissionNumber::format)
                .ifPresent(number -> json.add("submissionNumber", number));
        JsonArrayBuilder codes = Json.createArrayBuilder();
        entry.record().map(IntakeRecord::reasonCodes).orElse(List.of()).forEach(codes::add);
        json.add("reasonCodes", codes);
        return json;
    }

    private static Optional<String> quarantinedAt(List<StateChange> history) {
        return lastQuarantine(history).map(change -> change.at().toString());
    }

    private static Optional<String> lastQuarantineReason(List<StateChange> history) {
        return lastQuarantine(history).map(StateChange::reasonCode);
    }

    private static Optional<StateChange> lastQuarantine(List<StateChange> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            StateChange change = history.get(i);
            if (change.to() == SubmissionState.QUARANTINED
                    && change.from().filter(from -> from == SubmissionState.QUARANTINED).isEmpty()) {
                return Optional.of(change);
            }
        }
        return Optional.empty();
    }
}
