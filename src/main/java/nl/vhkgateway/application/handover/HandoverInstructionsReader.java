package nl.vhkgateway.application.handover;

import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.Placeholders;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.consent.CaseReference;
import nl.vhkgateway.domain.consent.ConsentId;
import nl.vhkgateway.domain.consent.Purpose;
import nl.vhkgateway.domain.submission.SubmissionNumber;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link HandoverInstructions} from a card and the mail subject. Each item comes from its cover field when
 * that is filled, otherwise from the subject:
 * <ul>
 *   <li>receiver: {@link Section#OVERDRACHT_AAN}, or "Overdracht aan &lt;partner&gt;" in the subject (up to a dash,
 *       comma or semicolon);</li>
 *   <li>consent number: {@link Section#TOESTEMMINGSNUMMER} (the digits in it), or "toestemming 17" /
 *       "toestemmingsnummer 17" in the subject; optional (without it the register finds a covering consent);</li>
 *   <li>purpose: {@link Section#DOEL_OVERDRACHT}, or the words "interventiegesprek" / "afsluiting maatregel" in the
 *       subject; {@link Purpose#OVERDRACHT} when nothing is stated;</li>
 *   <li>case: {@link Section#CASUSNUMMER} (a submission number such as VHT-2026-0042 in any common spelling, or a
 *       case pseudonym), or "casus &lt;nummer&gt;" or a submission number in the subject.</li>
 * </ul>
 * So the simplest handover is a card with those cover fields, or a subject such as
 * {@code Overdracht aan Veilig Thuis - toestemming 17 - casus VHT-2026-0042}. Stateless, thread-safe.
 */
public final class HandoverInstructionsReader {

    private static final Pattern SUBJECT_RECEIVER = Pattern.compile(
            "overdracht\\s+aan\\s*:?\\s*(.+?)\\s*(?:\\s[-\u2013\u2014]\\s|[,;|]|$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT_CONSENT = Pattern.compile(
            "toestemming(?:s?nummer)?\\s*(?:nr\\.?|nummer)?\\s*[:#]?\\s*([0-9]{1,18})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT_CASE = Pattern.compile(
            "(?:casus(?:nummer|pseudoniem)?|inzending(?:snummer)?)\\s*:?\\s*([A-Za-z0-9][A-Za-z0-9-]{2,39})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGITS = Pattern.compile("(?<![0-9])([0-9]{1,18})(?![0-9])");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    /** The instructions, or the first problem with them. */
    public sealed interface Result {
        /** Everything needed was found. */
        record Read(HandoverInstructions instructions) implements Result {
        }

        /** Something is missing or malformed. */
        record Problem(HandoverProblem problem) implements Result {
        }
    }

    /**
     * @param card    the card's content (cover fields)
     * @param subject the mail subject, "" when there is none
     */
    public Result read(CardContent card, String subject) {
        Objects.requireNonNull(card, "card");
        String safeSubject = subject == null ? "" : subject.replaceAll("[\\r\\n\\t]+", " ").strip();

        Optional<String> receiver = field(card, Section.OVERDRACHT_AAN).or(() -> subjectGroup(SUBJECT_RECEIVER, safeSubject));
        if (receiver.isEmpty()) {
            return new Result.Problem(HandoverProblem.RECEIVER_MISSING);
        }

        Optional<CaseReference> caseReference;
        Optional<String> caseField = field(card, Section.CASUSNUMMER);
        if (caseField.isPresent()) {
            caseReference = caseReference(caseField.get());
            if (caseReference.isEmpty()) {
                return new Result.Problem(HandoverProblem.CASE_INVALID);
            }
        } else {
            caseReference = subjectGroup(SUBJECT_CASE, safeSubject).flatMap(HandoverInstructionsReader::caseReference)
                    .or(() -> SubmissionNumber.findIn(safeSubject).map(n -> new CaseReference(n.format())));
            if (caseReference.isEmpty()) {
                return new Result.Problem(HandoverProblem.CASE_MISSING);
            }
        }

        Optional<ConsentId> consent;
        Optional<String> consentField = field(card, Section.TOESTEMMINGSNUMMER);
        if (consentField.isPresent()) {
            Matcher digits = DIGITS.matcher(consentField.get());
            if (!digits.find()) {
                return new Result.Problem(HandoverProblem.CONSENT_NUMBER_INVALID);
            }
            String number = digits.group(1);
            if (digits.find()) {
                return new Result.Problem(HandoverProblem.CONSENT_NUMBER_INVALID);
            }
            consent = ConsentId.parse(number);
            if (consent.isEmpty()) {
                return new Result.Problem(HandoverProblem.CONSENT_NUMBER_INVALID);
            }
        } else {
            consent = subjectGroup(SUBJECT_CONSENT, safeSubject).flatMap(ConsentId::parse);
        }

        Optional<Purpose> purpose = field(card, Section.DOEL_OVERDRACHT)
                .map(HandoverInstructionsReader::purposeOf)
                .orElseGet(() -> Optional.of(purposeInSubject(safeSubject)));
        if (purpose.isEmpty()) {
            return new Result.Problem(HandoverProblem.PURPOSE_UNKNOWN);
        }
        return new Result.Read(new HandoverInstructions(receiver.get(), consent, purpose.get(), caseReference.get()));
    }

    private static Optional<String> field(CardContent card, Section section) {
        return card.value(section).map(String::strip).filter(value -> !Placeholders.isEmpty(value));
    }

    private static Optional<String> subjectGroup(Pattern pattern, String subject) {
        Matcher matcher = pattern.matcher(subject);
        return matcher.find() ? Optional.of(matcher.group(1).strip()).filter(s -> !s.isEmpty()) : Optional.empty();
    }

    /** A submission number in any common spelling becomes VHT-2026-0042; otherwise a pseudonym as written. */
    static Optional<CaseReference> caseReference(String text) {
        Optional<SubmissionNumber> number = SubmissionNumber.findIn(text);
        if (number.isPresent()) {
            return Optional.of(new CaseReference(number.get().format()));
        }
        return CaseReference.parse(text);
    }

    /** The purpose a cover field states; empty when it names none of them. */
    static Optional<Purpose> purposeOf(String text) {
        String value = normalise(text);
        if (value.contains("interventie")) {
            return Optional.of(Purpose.INTERVENTIEGESPREK);
        }
        if (value.contains("afsluit") || value.contains("maatregel") || value.contains("toetsing")) {
            return Optional.of(Purpose.TOETSING_AFSLUITING_MAATREGEL);
        }
        if (value.contains("overdracht") || value.contains("overdragen")) {
            return Optional.of(Purpose.OVERDRACHT);
        }
        return Optional.empty();
    }

    private static Purpose purposeInSubject(String subject) {
        String value = normalise(subject);
        if (value.contains("interventiegesprek")) {
            return Purpose.INTERVENTIEGESPREK;
        }
        if (value.contains("afsluiting maatregel") || value.contains("toetsing en afsluiting")) {
            return Purpose.TOETSING_AFSLUITING_MAATREGEL;
        }
        return Purpose.OVERDRACHT;
    }

    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return DIACRITICS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9@.]+", " ").strip();
    }
}
