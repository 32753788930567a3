package nl.vhkgateway.domain.card;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the voorzitter needs to plan a discussion, read from a screened card. Holds card text (the question to the
 * team): only ever built from a card that passed screening, and never logged.
 *
 * @param cardDate                the card's Datum when it parses as a date
 * @param soortInbreng            the kind of submission, when recognised
 * @param questionToTeam          the Vraag aan het VeiligheidsTeam ("" when absent)
 * @param expertsToInvite         the Uit te nodigen experts ("" when absent)
 * @param youths                  the youths named on the cover (initial and birth year)
 * @param youthVoicePresent       whether Stem van de jeugdige is filled
 * @param consentGiven            Instemming betrokkenen: true for yes, false for no, empty when unclear
 * @param earlierSubmissionNumber a submission number the card refers to (VHT-2026-0042), for follow-ups
 */
public record CardFacts(Optional<LocalDate> cardDate,
                        Optional<SoortInbreng> soortInbreng,
                        String questionToTeam,
                        String expertsToInvite,
                        List<Youth> youths,
                        boolean youthVoicePresent,
                        Optional<Boolean> consentGiven,
                        Optional<String> earlierSubmissionNumber) {

    public CardFacts {
        Objects.requireNonNull(cardDate, "cardDate");
        Objects.requireNonNull(soortInbreng, "soortInbreng");
        Objects.requireNonNull(questionToTeam, "questionToTeam");
        Objects.requireNonNull(expertsToInvite, "expertsToInvite");
        youths = List.copyOf(youths);
        Objects.requireNonNull(consentGiven, "consentGiven");
        Objects.requireNonNull(earlierSubmissionNumber, "earlierSubmissionNumber");
    }

    /** True when any youth is 12 or older in the card's year (or the given year when the card has no date). */
    public boolean anyYouthAged12OrOlder(int fallbackYear) {
        int year = cardDate.map(LocalDate::getYear).orElse(fallbackYear);
        return youths.stream().anyMatch(y -> y.ageIn(year) >= 12);
    }

    @Override
    public String toString() {
        return "CardFacts[" + soortInbreng + ", " + youths.size() + " youths]";
    }
}
