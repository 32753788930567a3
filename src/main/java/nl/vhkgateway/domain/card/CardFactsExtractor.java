package nl.vhkgateway.domain.card;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@link CardFacts} the voorzitter needs for planning from a card's sections: Datum, Soort inbreng, the
 * question, the experts, the youths (initial and birth year), whether the youth's voice is filled, the consent
 * answer, and an earlier submission number (VHT-YYYY-NNNN) named on the cover or elsewhere in the card.
 * Stateless and thread-safe.
 */
public final class CardFactsExtractor {

    /** "VHT-2026-0042", also written "VHT 2026-42" or "vht-2026/0042": normalised to VHT-2026-0042. */
    private static final Pattern SUBMISSION_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}])VHT[-\\s]?((?:19|20)\\d{2})[-\\s/](\\d{1,4})(?!\\d)", Pattern.CASE_INSENSITIVE);

    /** Facts of the card; fields the card lacks are empty. */
    public CardFacts extract(CardContent card) {
        Optional<LocalDate> date = card.value(Section.DATUM).flatMap(CardDates::read);
        Optional<SoortInbreng> soort = card.value(Section.SOORT_INBRENG).flatMap(SoortInbrengField::read);
        String question = filledValue(card, Section.VRAAG_AAN_VHT);
        String experts = filledValue(card, Section.EXPERTS);
        List<Youth> youths = card.value(Section.JEUGDIGE).map(YouthsField::read).orElse(List.of());
        boolean voice = card.value(Section.STEM_JEUGDIGE).filter(v -> !Placeholders.isEmpty(v)).isPresent();
        Optional<Boolean> consent = card.value(Section.INSTEMMING).map(ConsentStatement::read)
                .flatMap(ConsentStatement::consentGiven);
        return new CardFacts(date, soort, question, experts, youths, voice, consent, earlierSubmissionNumber(card));
    }

    /** The first submission number on the cover, else in any text of the card. */
    public static Optional<String> earlierSubmissionNumber(CardContent card) {
        for (Section section : Section.values()) {
            if (section.part() == CardPart.VOORBLAD) {
                Optional<String> found = card.value(section).flatMap(CardFactsExtractor::submissionNumberIn);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return card.segments().stream()
                .map(segment -> submissionNumberIn(segment.text()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** A submission number in the text, normalised to VHT-YYYY-NNNN. */
    public static Optional<String> submissionNumberIn(String text) {
        Matcher matcher = SUBMISSION_NUMBER.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        return Optional.of("VHT-" + matcher.group(1) + "-" + "0".repeat(4 - matcher.group(2).length())
                + matcher.group(2));
    }

    private static String filledValue(CardContent card, Section section) {
        return card.value(section).filter(v -> !Placeholders.isEmpty(v)).map(String::strip).orElse("");
    }
}
