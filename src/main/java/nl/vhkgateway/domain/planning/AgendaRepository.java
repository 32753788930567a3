package nl.vhkgateway.domain.planning;

import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the agenda mail needs from the store: the meetings whose agenda has not gone out, the sanitised card of a
 * planned case (the newest accepted submission in the same case), and the notice ledger that makes every agenda mail
 * go out once per meeting and recipient. Every method joins the caller's transaction when one is active.
 * Implementations are thread-safe.
 */
public interface AgendaRepository {

    /** Meetings between {@code from} and {@code to} (inclusive) with an accepted case and no agenda sent yet. */
    List<LocalDate> meetingsWithoutAgenda(LocalDate from, LocalDate to);

    /** Meetings between {@code from} and {@code to} (inclusive) whose agenda was sent (for supplements). */
    List<LocalDate> meetingsWithAgenda(LocalDate from, LocalDate to);

    /** Records that every agenda mail of the meeting was queued (no effect when already recorded). */
    void agendaSent(LocalDate meeting, Instant at);

    /**
     * The sanitised card to put on the agenda for the planned submission: the one of the newest accepted submission in
     * the same case (the planned one itself, or a later one linked to it) received before {@code before} whose card
     * the gateway still holds. Empty when retention removed every copy.
     */
    Optional<CardCopy> currentCard(SubmissionId planned, Instant before);

    /** Claims a notice key; false when it was claimed before (the notice was queued then). */
    boolean claimNotice(String key, Instant now);

    /**
     * A sanitised card as the voorzitter received it.
     *
     * @param submission the submission the card came with
     * @param number     its VHT number
     * @param receivedAt when that submission was received
     * @param docx       the sanitised .docx
     */
    record CardCopy(SubmissionId submission, SubmissionNumber number, Instant receivedAt, byte[] docx) {
        public CardCopy {
            Objects.requireNonNull(submission, "submission");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(receivedAt, "receivedAt");
            Objects.requireNonNull(docx, "docx");
        }
    }
}
