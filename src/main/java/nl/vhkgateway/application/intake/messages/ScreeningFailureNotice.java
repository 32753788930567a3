package nl.vhkgateway.application.intake.messages;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.planning.MeetingPlanner;

/**
 * The notice for the beheerder that a card from a registered vaste deelnemer was put in quarantine because the
 * gateway could not screen it (a screener failure or time-out: not the sender's fault). Says when, from whom, why
 * (a category description, never card text) and the quarantine reference, with what to do. The sender gets nothing
 * yet: the beheerder decides. Immutable.
 *
 * @param participant         the vaste deelnemer who sent it
 * @param receivedAt          when the gateway received it
 * @param reason              a Dutch description of what failed (no card text)
 * @param quarantineReference the id under which the beheerder finds it in quarantine
 */
public record ScreeningFailureNotice(Participant participant, Instant receivedAt, String reason,
                                     String quarantineReference) {

    public ScreeningFailureNotice {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(quarantineReference, "quarantineReference");
        if (quarantineReference.isBlank() || quarantineReference.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a quarantine reference is one non-blank line");
        }
    }

    public MailText toMail() {
        TextLayout text = new TextLayout()
                .heading("Kaart in quarantaine: controle mislukt", '=')
                .blank()
                .paragraph("De gateway kon een Veiligheidskaart van een geregistreerde vaste deelnemer niet"
                        + " (volledig) controleren. De kaart is niet doorgestuurd en de afzender heeft nog geen"
                        + " antwoord gekregen.")
                .blank()
                .field("Ontvangen", DutchDates.dateTime(receivedAt, MeetingPlanner.TEAM_ZONE))
                .field("Afzender", participant.name() + " <" + participant.mailAddress().value() + ">")
                .field("Reden", reason)
                .field("Referentie in quarantaine", quarantineReference)
                .blank()
                .line("Wat kunt u doen?")
                .bullets(List.of(
                        "Geef het bericht vrij uit de quarantaine: het wordt dan opnieuw gecontroleerd (bijvoorbeeld"
                                + " nadat een tijdelijke storing voorbij is).",
                        "Lukt de controle opnieuw niet? Vraag de vaste deelnemer de kaart opnieuw op te slaan in Word"
                                + " (als .docx) en opnieuw te sturen, en verwijder dit bericht uit de quarantaine."))
                .blank()
                .paragraph("Inhoud en bijlagen staan bewust niet in deze melding: ze kunnen persoonsgegevens"
                        + " bevatten.")
                .blank()
                .line("-- ")
                .line("Automatisch bericht van de gateway van het VeiligheidsTeam West-Brabant West.");
        return MailText.of("Quarantaine: kaart kon niet worden gecontroleerd (" + quarantineReference + ")", text);
    }
}
