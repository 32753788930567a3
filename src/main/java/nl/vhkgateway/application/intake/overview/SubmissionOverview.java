package nl.vhkgateway.application.intake.overview;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.vhkgateway.domain.intake.IntakeRecord;
import nl.vhkgateway.domain.intake.IntakeRecordRepository;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionRepository;
import nl.vhkgateway.domain.submission.SubmissionSearch;

/**
 * The beheerder's overview of submissions: a page of them (by state and/or submission number) each with what the
 * intake decided (verdicts, submission number, reasons), plus the total. Metadata only. Thread-safe.
 */
public final class SubmissionOverview {

    private final SubmissionRepository submissions;
    private final IntakeRecordRepository records;

    public SubmissionOverview(SubmissionRepository submissions, IntakeRecordRepository records) {
        this.submissions = Objects.requireNonNull(submissions, "submissions");
        this.records = Objects.requireNonNull(records, "records");
    }

    public Page search(SubmissionSearch search) {
        List<SubmissionView> items = submissions.search(search).stream().map(this::view).toList();
        long total = items.size() < search.limit() && search.offset() == 0 ? items.size()
                : submissions.count(search);
        return new Page(items, total);
    }

    public Optional<SubmissionView> find(SubmissionId id) {
        return submissions.find(id).map(this::view);
    }

    private SubmissionView view(Submission submission) {
        return new SubmissionView(submission, records.find(submission.id()));
    }

    /** A submission with the intake's record of it (empty before the intake decided anything). */
    public record SubmissionView(Submission submission, Optional<IntakeRecord> record) {

        public SubmissionView {
            Objects.requireNonNull(submission, "submission");
            Objects.requireNonNull(record, "record");
        }
    }

    /** One page and the number of all matches. */
    public record Page(List<SubmissionView> items, long total) {

        public Page {
            items = List.copyOf(items);
        }
    }
}
