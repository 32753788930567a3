package nl.vhkgateway.interfaces.rest.quarantine;

import jakarta.json.JsonObject;
import nl.vhkgateway.application.intake.quarantine.QuarantineEntry;
import nl.vhkgateway.domain.intake.IntakeRecord;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.submission.ContentHash;
import nl.vhkgateway.domain.submission.IdempotencyKey;
import nl.vhkgateway.domain.submission.ReasonCodes;
import nl.vhkgateway.domain.submission.StateChange;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class QuarantineJsonTest {

    private static final SubmissionId ID = new SubmissionId(11);
    private static final Instant RECEIVED = Instant.parse("2026-11-23T14:49:03Z");
    private static final Instant QUARANTINED = RECEIVED.plusSeconds(1);

    @Test
    void showsWhyAndSinceWhenItIsHeldNotTheLaterReleaseFromTheInbox() {
        Submission submission = Submission.builder().id(ID)
                .key(new IdempotencyKey("<a@b>", false, ContentHash.of(new byte[] {1})))
                .sender(Optional.of(MailAddress.of("iemand@elders.test")))
                .state(SubmissionState.QUARANTINED).receivedAt(RECEIVED).size(436).nextAttemptAt(RECEIVED)
                .createdAt(RECEIVED).updatedAt(QUARANTINED).build();
        List<StateChange> history = List.of(
                new StateChange(ID, Optional.empty(), SubmissionState.RECEIVED, ReasonCodes.STORED, RECEIVED),
                new StateChange(ID, Optional.of(SubmissionState.RECEIVED), SubmissionState.QUARANTINED,
                        "UNKNOWN_SENDER", QUARANTINED),
                new StateChange(ID, Optional.of(SubmissionState.QUARANTINED), SubmissionState.QUARANTINED,
                        ReasonCodes.RELEASED_FROM_INBOX, QUARANTINED.plusSeconds(5)));
        IntakeRecord record = new IntakeRecord(ID, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("UNKNOWN_SENDER"), Optional.empty(), List.of("NOT_REGISTERED"), 0, 0,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        JsonObject json = QuarantineJson.detail(new QuarantineEntry(submission, Optional.of(record), history, true));

        assertEquals("UNKNOWN_SENDER", json.getString("reason"));
        assertEquals(QUARANTINED.toString(), json.getString("quarantinedAt"));
        assertEquals("iemand@elders.test", json.getString("claimedSender"));
        assertEquals("NOT_REGISTERED", json.getJsonArray("reasonCodes").getString(0));
        assertEquals(3, json.getJsonArray("history").size());
        assertFalse(json.containsKey("subject"));
    }
}
