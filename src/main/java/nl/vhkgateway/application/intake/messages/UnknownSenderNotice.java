package nl.vhkgateway.application.intake.messages;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.vhkgateway.application.sender.SenderVerdict;
import nl.vhkgateway.domain.planning.MeetingPlanner;

/**
 * The notice for the beheerder that a message from an unknown sender was quarantined: when, the claimed From
 * address, why, and the quarantine reference, with what to do. Deliberately without the subject, body or
 * attachment names (they may hold personal data). The sender gets nothing (no backscatter). Immutable.
 *
 * @param verdict             the unknown-sender verdict (reason and claimed address)
 * @param receivedAt          when the gateway received the message
 * @param quarantineReference the id under which the beheerder finds it in quarantine
 * @param sizeBytes           the size of the raw message
 */
public record UnknownSenderNotice(SenderVerdict.UnknownSender verdict, Instant receivedAt, String quarantineReference,
                                  long sizeBytes) {

    public UnknownSenderNotice {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(quarantineReference, "quarantineReference");
        if (quarantineReference.isBlank() || quarantineReference.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a quarantine reference is one non-blank line");
        }
    }

    public MailText toMail() {
        String claimed = verdict.claimedAddress().isEmpty() ? "(geen leesbaar adres)" : verdict.claimedAddress();
        TextLayout text = new TextLayout()
                .heading("Bericht van een onbekende afzender in quarantaine", '=')
                .blank()
                .paragraph("De gateway heeft een bericht ontvangen dat niet van een geregistreerde vaste deelnemer"
                        + " komt. Het is niet doorgestuurd en de afzender heeft geen antwoord gekregen.")
                .blank()
                .field("Ontvangen", DutchDates.dateTime(receivedAt, MeetingPlanner.TEAM_ZONE))
                .field("Afzender volgens het bericht", claimed)
                .field("Reden", verdict.reason().dutchDescription())
                .field("Grootte", kilobytes(sizeBytes))
                .field("Referentie in quarantaine", quarantineReference)
                .blank()
                .line("Wat kunt u doen?")
                .bullets(List.of(
                        "Is de afzender een vaste deelnemer die nog niet (of met een ander adres) is geregistreerd?"
                                + " Registreer het adres in het register (/api/participants) en geef het bericht vrij"
                                + " uit de quarantaine; het wordt dan opnieuw verwerkt.",
                        "Kent u de afzender niet, of lijkt het bericht verdacht (bijvoorbeeld een vervalst adres)?"
                                + " Verwijder het uit de quarantaine.",
                        "Beantwoord het bericht niet vanuit de gateway-mailbox: het afzenderadres kan vervalst zijn."))
                .blank()
                .paragraph("Onderwerp, inhoud en bijlagen staan bewust niet in deze melding: ze kunnen"
                        + " persoonsgegevens bevatten.")
                .blank()
                .line("-- ")
                .line("Automatisch bericht van de gateway van het VeiligheidsTeam West-Brabant West.");
        return new MailText("Quarantaine: bericht van onbekende afzender (" + quarantineReference + ")",
                text.toString());
    }

    private static String kilobytes(long bytes) {
        return bytes < 1024 ? bytes + " bytes" : (bytes + 512) / 1024 + " kB";
    }
}
