package nl.vhkgateway.interfaces.rest.submissions;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.Optional;

import nl.vhkgateway.application.intake.overview.SubmissionOverview.SubmissionView;
import nl.vhkgateway.domain.intake.IntakeRecord;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutboxMessage;
import nl.vhkgateway.domain.submission.ProcessingError;
import nl.vhkgateway.domain.submission.StateChange;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionNumber;

/**
 * JSON views of submissions for the beheerder: metadata, state, what the intake decided (submission number,
 * sender and screening verdicts, reason codes), attempts, errors and history, never message content. Stateless and
 * thread-safe.
 */
final class SubmissionJson {

    private SubmissionJson() {
    }

    static JsonObject summary(SubmissionView view) {
        return base(view).build();
    }

    static JsonObject detail(SubmissionView view, List<StateChange> history, List<OutboxMessage> outgoing) {
        JsonArrayBuilder changes = Json.createArrayBuilder();
        for (StateChange change : history) {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("to", change.to().name())
                    .add("reason", change.reasonCode())
                    .add("at", change.at().toString());
            change.from().ifPresent(from -> json.add("from", from.name()));
            changes.add(json);
        }
        JsonArrayBuilder messages = Json.createArrayBuilder();
        for (OutboxMessage message : outgoing) {
            JsonArrayBuilder recipients = Json.createArrayBuilder();
            message.recipients().forEach(recipient -> recipients.add(recipient.value()));
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("id", message.id().value())
                    .add("purpose", message.purpose())
                    .add("messageId", message.messageId())
                    .add("recipients", recipients)
                    .add("state", message.state().name())
                    .add("attempts", message.attempts());
            message.sentAt().ifPresent(at -> json.add("sentAt", at.toString()));
            error(message.lastError()).ifPresent(error -> json.add("lastError", error));
            messages.add(json);
        }
        return base(view).add("history", changes).add("outgoing", messages).build();
    }

    private static JsonObjectBuilder base(SubmissionView view) {
        Submission submission = view.submission();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", submission.id().value())
                .add("state", submission.state().name())
                .add("messageId", submission.key().messageId())
                .add("sha256", submission.key().contentHash().hex())
                .add("receivedAt", submission.receivedAt().toString())
                .add("size", submission.size())
                .add("attempts", submission.attempts())
                .add("updatedAt", submission.updatedAt().toString());
        submission.sender().map(MailAddress::value).ifPresent(sender -> json.add("sender", sender));
        Optional<IntakeRecord> record = view.record();
        record.flatMap(IntakeRecord::number).map(SubmissionNumber::format)
                .ifPresent(number -> json.add("submissionNumber", number));
        record.flatMap(IntakeRecord::senderVerdict).ifPresent(verdict -> json.add("senderVerdict", verdict));
        record.flatMap(IntakeRecord::screeningVerdict).ifPresent(verdict -> json.add("screeningVerdict", verdict));
        record.flatMap(IntakeRecord::route).ifPresent(route -> json.add("route", route.name()));
        JsonArrayBuilder codes = Json.createArrayBuilder();
        record.map(IntakeRecord::reasonCodes).orElse(List.of()).forEach(codes::add);
        json.add("reasonCodes", codes);
        error(submission.lastError()).ifPresent(error -> json.add("lastError", error));
        return json;
    }

    private static Optional<JsonObject> error(Optional<ProcessingError> error) {
        return error.map(e -> Json.createObjectBuilder().add("code", e.code()).add("reason", e.reason()).build());
    }
}
