package nl.vhkgateway.application.console;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The read side of the web console: lists and details as the pages show them, metadata only (never card text or
 * mail content). Every list is bounded ({@code limit}) and newest first. All of the console's SQL is behind this one
 * port, so a change of the schema (or of the REST conventions' search) touches one class.
 */
public interface ConsoleQueries {

    /** Largest page a list returns. */
    int MAX_LIMIT = 200;

    /**
     * One submission as the console lists it.
     *
     * @param id              submission id
     * @param number          "VHT-2026-0042" once allocated
     * @param channel         INTAKE or HANDOVER
     * @param receivedAt      when it arrived
     * @param state           the SubmissionState name
     * @param route           VHT or RVDK, when routed
     * @param organisationId  the sender's organisation, when the sender is a registered participant
     * @param earliestMeeting the first meeting it can be discussed at
     * @param reasonCodes     why (comma-separated codes of the intake decision)
     * @param findingCount    personal-data findings of the screening
     * @param missingCount    missing sections found by the screening
     */
    record SubmissionRow(long id, Optional<String> number, String channel, Instant receivedAt, String state,
                         Optional<String> route, OptionalLong organisationId, Optional<LocalDate> earliestMeeting,
                         List<String> reasonCodes, int findingCount, int missingCount) {
    }

    /** A consent as listed for its organisation. */
    record ConsentRow(long id, String caseReference, String purpose, String recipientType, Instant validFrom,
                      Instant validUntil, Optional<Instant> withdrawnAt, String recordedBy) {
    }

    /** A handover decision (from the audit log): case, outcome, reason codes, receiver type, consent. */
    record HandoverRow(long sequence, Instant at, String caseReference, String outcome, List<String> reasonCodes,
                       String receiverType, Optional<String> consentId) {
    }

    /** The submissions of one organisation; {@code search} matches the VHT number or the submission id. */
    List<SubmissionRow> submissionsOf(long organisationId, String search, int limit);

    /** Screened and accepted intake submissions (for the voorzitter), by earliest meeting. */
    List<SubmissionRow> acceptedCards(String search, int limit);

    /** All submissions, optionally of one state, with search (for the beheerder). */
    List<SubmissionRow> submissions(Optional<String> state, String search, int limit);

    Optional<SubmissionRow> submission(long id);

    List<ConsentRow> consentsOf(long organisationId, int limit);

    /** The organisation that recorded a consent. */
    OptionalLong consentOrganisation(long consentId);

    List<HandoverRow> handoversOf(long organisationId, int limit);
}
