package nl.vhkgateway.application.intake.messages;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.domain.submission.SubmissionNumber;

/**
 * The receipt for the vaste deelnemer whose card was accepted: the submission number, the earliest meeting date
 * and what happens next, in plain Dutch. Names the mail it answers (subject, attachment names, send time: screened
 * clean, see {@link AnsweredMail}) but quotes nothing from the card or the mail text.
 * Send it to the participant's registered address with {@code Auto-Submitted: auto-replied}. Immutable.
 *
 * @param number          the submission number
 * @param participant     the vaste deelnemer
 * @param receivedAt      when the gateway received the card
 * @param earliestMeeting from {@link MeetingPlanner}
 * @param sentToRvdk      the card also went to the RvdK (RvdK route)
 * @param contact         where to ask questions (the beheerder's mailbox), if configured
 * @param answered        the mail it answers (subject, file names, send time), named at the top
 */
public record Receipt(SubmissionNumber number, Participant participant, Instant receivedAt,
                      LocalDate earliestMeeting, boolean sentToRvdk, Optional<MailAddress> contact,
                      Optional<AnsweredMail> answered) {

    public Receipt {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(earliestMeeting, "earliestMeeting");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(answered, "answered");
    }

    /** A receipt that does not name the mail it answers. */
    public Receipt(SubmissionNumber number, Participant participant, Instant receivedAt, LocalDate earliestMeeting,
                   boolean sentToRvdk, Optional<MailAddress> contact) {
        this(number, participant, receivedAt, earliestMeeting, sentToRvdk, contact, Optional.empty());
    }

    public MailText toMail() {
        String subject = "Ontvangen: uw Veiligheidskaart (" + number.format() + ")";
        TextLayout text = new TextLayout()
                .line("Beste " + participant.name() + ",")
                .blank()
                .paragraph("Het VeiligheidsTeam heeft uw Veiligheidskaart ontvangen op "
                        + DutchDates.dateTime(receivedAt, MeetingPlanner.TEAM_ZONE) + ". De kaart is goedgekeurd: er"
                        + " staan geen persoonsgegevens in en de verplichte onderdelen zijn ingevuld.")
                .blank();
        answered.ifPresent(mail -> {
            text.line("Het gaat om deze e-mail:");
            mail.describe(text);
            text.blank();
        });
        text
                .field("Inbrengnummer", number.format())
                .field("Vroegst mogelijke bespreking", DutchDates.withWeekday(earliestMeeting) + " (ochtend)")
                .blank()
                .paragraph("Noem het inbrengnummer in de onderwerpregel of op het voorblad als u later een"
                        + " vervolgbespreking of monitoring over dezelfde casus aanvraagt.")
                .blank()
                .line("Wat gebeurt er nu?")
                .paragraph("    ", "1. ", "De voorzitter van het VeiligheidsTeam heeft de kaart ontvangen.")
                .paragraph("    ", "2. ", "De voorzitter neemt contact op met u en de inbrenger om de bespreking in"
                        + " te plannen. De datum hierboven is de vroegst mogelijke; de voorzitter bevestigt de"
                        + " definitieve datum.");
        if (sentToRvdk) {
            text.paragraph("    ", "3. ", "De kaart is ook naar de Raad voor de Kinderbescherming gestuurd. De Raad"
                    + " beoordeelt of hij aansluit bij een interventiegesprek.");
        }
        text.paragraph("    ", sentToRvdk ? "4. " : "3. ", "Zorg dat de ouders en jeugdigen van 12 jaar en ouder op tijd"
                        + " de laatste versie van de kaart hebben, zodat zij kunnen reageren.")
                .blank();
        contact.ifPresent(c -> text.paragraph("Vragen over de gateway? Mail naar " + c.value() + ".").blank());
        text.line("-- ")
                .line("Automatisch bericht van de gateway van het VeiligheidsTeam West-Brabant West.");
        return MailText.of(subject, text);
    }
}
