package nl.vhkgateway.domain.submission;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number the VeiligheidsTeam knows a submission by: {@code VHT-<year>-<sequence>}, the sequence written with at
 * least four digits ({@code VHT-2026-0042}, {@code VHT-2026-12345}). Sequences restart at 1 every year; see
 * {@link SubmissionNumberAllocator}. Senders quote it in a Vervolgbespreking or Monitoring to link to the earlier
 * case. Immutable; ordered by year, then sequence.
 *
 * @param year     the year of receipt (Europe/Amsterdam), 2000..9999
 * @param sequence the sequence within that year, from 1
 */
public record SubmissionNumber(int year, int sequence) implements Comparable<SubmissionNumber> {

    public static final String PREFIX = "VHT";

    private static final Pattern EXACT = Pattern.compile("VHT-([0-9]{4})-([0-9]{4,9})", Pattern.CASE_INSENSITIVE);
    /** Also matches with spaces or an en dash around the parts, as people type it: "VHT 2026 0042", "vht–2026–42". */
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![A-Za-z0-9])VHT\\s*[-\u2013\u2010 ]\\s*([0-9]{4})\\s*[-\u2013\u2010 ]\\s*([0-9]{1,9})(?![0-9])",
            Pattern.CASE_INSENSITIVE);

    public SubmissionNumber {
        if (year < 2000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive: " + sequence);
        }
    }

    /**
     * Parses the canonical form (case-insensitive, at least four sequence digits): "VHT-2026-0042".
     *
     * @throws IllegalArgumentException when the text is not a submission number
     */
    public static SubmissionNumber parse(String text) {
        return tryParse(text).orElseThrow(() -> new IllegalArgumentException("not a submission number"));
    }

    /** The number, when the whole text (trimmed) is one in canonical form. */
    public static Optional<SubmissionNumber> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = EXACT.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return of(matcher.group(1), matcher.group(2));
    }

    /**
     * The first submission number written anywhere in a text (a subject line, a cover field), also in the looser
     * forms people type ("vht 2026-42", "VHT–2026–0042").
     */
    public static Optional<SubmissionNumber> findIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = IN_TEXT.matcher(text);
        while (matcher.find()) {
            Optional<SubmissionNumber> found = of(matcher.group(1), matcher.group(2));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<SubmissionNumber> of(String year, String sequence) {
        int y = Integer.parseInt(year);
        int s = Integer.parseInt(sequence);
        if (y < 2000 || s < 1) {
            return Optional.empty();
        }
        return Optional.of(new SubmissionNumber(y, s));
    }

    /** The canonical form, "VHT-2026-0042". */
    public String format() {
        return String.format("%s-%04d-%04d", PREFIX, year, sequence);
    }

    @Override
    public int compareTo(SubmissionNumber other) {
        int byYear = Integer.compare(year, other.year);
        return byYear != 0 ? byYear : Integer.compare(sequence, other.sequence);
    }

    @Override
    public String toString() {
        return format();
    }
}
