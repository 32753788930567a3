package nl.vhkgateway.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.Optional;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutboxMessage;
import nl.vhkgateway.domain.submission.ProcessingError;
import nl.vhkgateway.domain.submission.StateChange;
import nl.vhkgateway.domain.submission.Submission;

/**
 * JSON views of submissions for the beheerder: metadata, state, attempts, errors and history, never message content.
 * Stateless and thread-safe.
 */
final class SubmissionJson {

    private SubmissionJson() {
    }

    static JsonObject summary(Submission submission) {
        return base(submission).build();
    }

    static JsonObject detail(Submission submission, List<StateChange> history, List<OutboxMessage> outgoing) {
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
        return base(submission).add("history", changes).add("outgoing", messages).build();
    }

    private static JsonObjectBuilder base(Submission submission) {
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
        error(submission.lastError()).ifPresent(error -> json.add("lastError", error));
        return json;
    }

    private static Optional<JsonObject> error(Optional<ProcessingError> error) {
        return error.map(e -> Json.createObjectBuilder().add("code", e.code()).add("reason", e.reason()).build());
    }

    /** @return {@code {"fout": message}}: an error a beheerder reads, in Dutch */
    static JsonObject problem(String message) {
        return Json.createObjectBuilder().add("fout", message).build();
    }
}
