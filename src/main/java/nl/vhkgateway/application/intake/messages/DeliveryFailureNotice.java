package nl.vhkgateway.application.intake.messages;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.planning.MeetingPlanner;

/**
 * The notice for the beheerder that a message of the gateway could not be delivered (a delivery status notification
 * or bounce came back): which message (what it was for, to whom, when sent, for which submission), what the
 * receiving server reported (status code in plain Dutch) and what to do. Quotes nothing of the report or of the
 * message (they may hold personal data). Immutable.
 *
 * @param purpose         the purpose of the undelivered message (RECEIPT, SUMMARY_VOORZITTER, ...)
 * @param recipients      to whom it was sent
 * @param sentAt          when the gateway handed it to its mail server
 * @param aboutSubmission the reference of the submission it belonged to ("inzending 42"), if any
 * @param status          the RFC 3463 status code, if the report gave one
 * @param reportingMta    the server that reported it, if named
 * @param receivedAt      when the report arrived
 * @param reportReference the reference under which the report itself is in quarantine
 */
public record DeliveryFailureNotice(String purpose, List<MailAddress> recipients, Optional<Instant> sentAt,
                                    Optional<String> aboutSubmission, Optional<String> status,
                                    Optional<String> reportingMta, Instant receivedAt, String reportReference) {

    public DeliveryFailureNotice {
        Objects.requireNonNull(purpose, "purpose");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(aboutSubmission, "aboutSubmission");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reportingMta, "reportingMta");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(reportReference, "reportReference");
    }

    public MailText toMail() {
        String what = describePurpose(purpose);
        String to = String.join(", ", recipients.stream().map(MailAddress::value).toList());
        TextLayout text = new TextLayout()
                .heading("Bezorging mislukt", '=')
                .blank()
                .paragraph("Een bericht van de gateway is niet aangekomen: de mailserver van de ontvanger heeft het"
                        + " teruggestuurd. De ontvanger heeft het bericht dus niet.")
                .blank()
                .field("Bericht", what)
                .field("Aan", to);
        sentAt.ifPresent(at -> text.field("Verstuurd", DutchDates.dateTime(at, MeetingPlanner.TEAM_ZONE)));
        aboutSubmission.ifPresent(reference -> text.field("Hoort bij", reference));
        text.field("Reden", status.map(code -> explain(code) + " (status " + code + ")")
                        .orElse("de server gaf geen statuscode"));
        reportingMta.ifPresent(host -> text.field("Gemeld door", host));
        text.field("Melding ontvangen", DutchDates.dateTime(receivedAt, MeetingPlanner.TEAM_ZONE))
                .field("Referentie van de melding", reportReference)
                .blank()
                .line("Wat kunt u doen?")
                .bullets(List.of(
                        "Controleer het adres " + to + ": klopt het in het register van deelnemers (/api/participants)"
                                + " of in de configuratie van de gateway (vhk.mailbox.*)? Verbeter het zo nodig.",
                        "Laat de ontvanger weten dat het bericht niet is aangekomen, zeker als het een kaart of een"
                                + " weigering was: de afzender of de voorzitter wacht er mogelijk op.",
                        "Een tijdelijk probleem (status 4.x.x)? Dan is de server het na een tijd opgegeven; probeer"
                                + " het later opnieuw of neem contact op met de beheerder van die mailserver.",
                        "De melding zelf staat in de quarantaine onder de referentie hierboven; verwijder haar daar"
                                + " als u klaar bent."))
                .blank()
                .paragraph("Dit is geen bericht van een onbekende afzender: het is de afleverfoutmelding van een"
                        + " mailserver over een bericht dat de gateway zelf heeft verstuurd. Inhoud en bijlagen staan"
                        + " bewust niet in deze melding.")
                .blank()
                .line("-- ")
                .line("Automatisch bericht van de gateway van het VeiligheidsTeam West-Brabant West.");
        return MailText.of("Bezorging mislukt: " + what + " (" + reportReference + ")", text);
    }

    /** What the message was, in Dutch. */
    static String describePurpose(String purpose) {
        String base = purpose.replaceFirst("_R\\d+$", "");
        return switch (base) {
            case "RECEIPT" -> "ontvangstbevestiging aan de vaste deelnemer";
            case "REFUSAL" -> "weigering aan de vaste deelnemer";
            case "SUMMARY_VOORZITTER" -> "nieuwe inbreng met kaart aan de voorzitter";
            case "FORWARD_VOORZITTER" -> "doorgestuurd bericht aan de voorzitter";
            case "CARD_RVDK" -> "kaart aan de Raad voor de Kinderbescherming";
            case "NOTICE_BEHEER" -> "melding aan de beheerder";
            case "HANDOVER_DELIVERY" -> "overdracht van een kaart aan een partner";
            case "HANDOVER_CONFIRMATION" -> "bevestiging van een overdracht aan de afzender";
            case "HANDOVER_REFUSAL", "HANDOVER_NOT_DELIVERED" -> "weigering van een overdracht aan de afzender";
            default -> "bericht (" + purpose + ")";
        };
    }

    /** An RFC 3463 status code in plain Dutch. */
    static String explain(String status) {
        if (status.startsWith("4.")) {
            return "tijdelijk probleem bij de ontvangende server, die het uiteindelijk heeft opgegeven";
        }
        if (status.equals("5.2.2")) {
            return "de mailbox van de ontvanger is vol";
        }
        if (status.equals("5.2.3") || status.equals("5.3.4")) {
            return "het bericht is te groot voor de ontvangende server";
        }
        if (status.startsWith("5.1.")) {
            return "het adres bestaat niet (meer) of is onbekend bij de ontvangende server";
        }
        if (status.startsWith("5.2.")) {
            return "de mailbox van de ontvanger neemt geen berichten aan";
        }
        if (status.startsWith("5.4.")) {
            return "de ontvangende server was niet bereikbaar (netwerk of routering)";
        }
        if (status.startsWith("5.7.")) {
            return "de ontvangende server weigert het bericht (beveiliging of beleid)";
        }
        return "de ontvangende server heeft het bericht niet aangenomen";
    }
}
