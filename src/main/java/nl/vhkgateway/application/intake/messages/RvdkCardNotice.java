package nl.vhkgateway.application.intake.messages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.vhkgateway.domain.card.SoortInbreng;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.participant.Organisation;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.domain.submission.SubmissionNumber;

/**
 * The cover text for the intake mailbox of the Raad voor de Kinderbescherming when a card comes in by the RvdK route
 * (domain rule 4): which card, from whom, that it was screened (no personal data, complete), and what the Raad is
 * asked to do (assess whether it joins an intervention talk and tell the voorzitter). Quotes nothing from the card.
 * The screened card is attached as {@link IntakeSummary#attachmentFileName}. Immutable.
 *
 * @param number          the submission number
 * @param participant     the vaste deelnemer who sent it
 * @param receivedAt      when the gateway received it
 * @param soortInbreng    the kind of submission, when recognised
 * @param earliestMeeting the earliest VHT meeting
 * @param voorzitter      where the Raad answers
 */
public record RvdkCardNotice(SubmissionNumber number, Participant participant, Instant receivedAt,
                             Optional<SoortInbreng> soortInbreng, LocalDate earliestMeeting, MailAddress voorzitter) {

    public RvdkCardNotice {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(soortInbreng, "soortInbreng");
        Objects.requireNonNull(earliestMeeting, "earliestMeeting");
        Objects.requireNonNull(voorzitter, "voorzitter");
    }

    public MailText toMail() {
        Organisation organisation = participant.organisation();
        TextLayout text = new TextLayout()
                .line("Aan de intake van de Raad voor de Kinderbescherming,")
                .blank()
                .paragraph("Via het VeiligheidsTeam West-Brabant West is een Veiligheidskaart voor de Raad ingediend."
                        + " De gateway van het VeiligheidsTeam heeft de kaart gecontroleerd: er staan geen"
                        + " persoonsgegevens in (alleen voorletters met een geboortejaar) en de verplichte onderdelen"
                        + " zijn ingevuld.")
                .blank()
                .field("Inbrengnummer", number.format())
                .field("Ontvangen", DutchDates.dateTime(receivedAt, MeetingPlanner.TEAM_ZONE))
                .field("Ingediend door", participant.name() + " (" + organisation.name() + ")")
                .field("Soort inbreng", soortInbreng.map(SoortInbreng::label).orElse("niet herkend"))
                .field("Vroegste bespreking VHT", DutchDates.withWeekday(earliestMeeting) + " (ochtend)")
                .blank()
                .line("Wat vragen we van u?")
                .paragraph("Beoordeel of de Raad aansluit bij een interventiegesprek en laat dat weten aan de"
                        + " voorzitter van het VeiligheidsTeam (" + voorzitter.value() + "), met het inbrengnummer."
                        + " Een interventiegesprek wordt pas gepland als de Raad heeft gereageerd.")
                .blank()
                .paragraph("Persoonsgegevens van het gezin deelt het VeiligheidsTeam alleen met toestemming van de"
                        + " betrokkenen, via een overdracht.")
                .blank()
                .field("Bijlage", IntakeSummary.attachmentFileName(number))
                .blank()
                .line("-- ")
                .line("Automatisch bericht van de gateway van het VeiligheidsTeam West-Brabant West.");
        return MailText.of("Veiligheidskaart " + number.format() + " voor de Raad voor de Kinderbescherming", text);
    }
}
