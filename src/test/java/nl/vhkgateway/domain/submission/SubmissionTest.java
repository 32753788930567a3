package nl.vhkgateway.domain.submission;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionTest {

    private static final Instant T = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void followsItsLifecycleAndRefusesShortcuts() {
        Submission received = submission(SubmissionState.RECEIVED);
        StateChange routed = received.changeTo(SubmissionState.ROUTED, ReasonCodes.FORWARDED_UNSCREENED, T);
        assertEquals(Optional.of(SubmissionState.RECEIVED), routed.from());
        assertEquals(SubmissionState.ROUTED, routed.to());

        assertThrows(IllegalStateException.class, () -> received.changeTo(SubmissionState.DELIVERED, ReasonCodes.ALL_MESSAGES_SENT, T),
                "never delivered without routing");
        assertThrows(IllegalStateException.class, () -> submission(SubmissionState.DELIVERED)
                .changeTo(SubmissionState.RECEIVED, ReasonCodes.REPROCESS_REQUESTED, T), "DELIVERED is final");
        assertThrows(IllegalArgumentException.class, () -> received.changeTo(SubmissionState.ROUTED, "free text", T));
    }

    @Test
    void everyWorkingStateCanFailIntoErrorAndErrorCanBeReprocessed() {
        for (SubmissionState state : SubmissionState.values()) {
            assertEquals(state.isWorking(), state.canChangeTo(SubmissionState.ERROR), state.name());
        }
        assertEquals(EnumSet.of(SubmissionState.RECEIVED, SubmissionState.ROUTED, SubmissionState.ACCEPTED, SubmissionState.REFUSING),
                SubmissionState.ERROR.successors());
    }

    @Test
    void eachFinalStateSaysWhatHappened() {
        assertEquals(SubmissionState.DELIVERED, SubmissionState.ACCEPTED.whenSent());
        assertEquals(SubmissionState.DELIVERED, SubmissionState.ROUTED.whenSent());
        assertEquals(SubmissionState.REFUSED, SubmissionState.REFUSING.whenSent());
        assertTrue(SubmissionState.REFUSED.successors().isEmpty(), "REFUSED is final");
        assertTrue(SubmissionState.REFUSED.releasesOriginal());
        assertFalse(SubmissionState.REFUSING.canChangeTo(SubmissionState.DELIVERED), "a refusal is never DELIVERED");
        assertThrows(IllegalStateException.class, SubmissionState.DELIVERED::whenSent);
    }

    @Test
    void isDueOnlyInAWorkingStateOnceTheBackoffPassed() {
        Submission waiting = Submission.builder().id(new SubmissionId(1)).key(key()).receivedAt(T).size(3)
                .state(SubmissionState.RECEIVED).attempts(1).nextAttemptAt(T.plusSeconds(60)).createdAt(T).updatedAt(T).build();
        assertFalse(waiting.isDue(T));
        assertTrue(waiting.isDue(T.plusSeconds(60)));
        assertFalse(submission(SubmissionState.ERROR).isDue(T.plusSeconds(3600)));
    }

    @Test
    void toStringNamesNoSenderAndNoSubject() {
        String text = Submission.builder().id(new SubmissionId(7)).key(key()).receivedAt(T).size(3)
                .sender(Optional.of(nl.vhkgateway.domain.mail.MailAddress.of("deelnemer@roosendaal.test")))
                .nextAttemptAt(T).createdAt(T).updatedAt(T).build().toString();
        assertFalse(text.contains("deelnemer"), text);
    }

    @Test
    void theIdempotencyKeyUsesTheMessageIdOrASyntheticOneFromTheHash() {
        byte[] raw = "Subject: x\r\n\r\nbody".getBytes(StandardCharsets.US_ASCII);
        IdempotencyKey withId = IdempotencyKey.of(Optional.of(" <a@b> "), raw);
        IdempotencyKey without = IdempotencyKey.of(Optional.empty(), raw);
        IdempotencyKey blank = IdempotencyKey.of(Optional.of("  "), raw);

        assertEquals("<a@b>", withId.messageId());
        assertFalse(withId.syntheticMessageId());
        assertTrue(without.syntheticMessageId());
        assertEquals(without, blank);
        assertEquals(ContentHash.of(raw), without.contentHash());
        assertTrue(without.messageId().contains(ContentHash.of(raw).hex()));
        assertNotEquals(withId, IdempotencyKey.of(Optional.of("<a@b>"), "other".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(64, withId.messageIdDigest().length());
    }

    @Test
    void aProcessingErrorIsMaskedFlattenedAndCapped() {
        ProcessingError error = ProcessingError.of(ReasonCodes.SEND_FAILED,
                new IllegalStateException("refused <voorzitter@vht.test>\r\nsecond line " + "x".repeat(1000)));
        assertTrue(error.reason().startsWith("IllegalStateException: refused <v*********@vht.test> second line"), error.reason());
        assertEquals(ProcessingError.MAX_REASON_LENGTH, error.reason().length());
    }

    private static Submission submission(SubmissionState state) {
        return Submission.builder().id(new SubmissionId(1)).key(key()).receivedAt(T).size(3).state(state)
                .nextAttemptAt(T).createdAt(T).updatedAt(T).build();
    }

    private static IdempotencyKey key() {
        return IdempotencyKey.of(Optional.of("<a@b>"), new byte[] {1, 2, 3});
    }
}
