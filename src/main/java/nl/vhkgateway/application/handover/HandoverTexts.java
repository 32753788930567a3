package nl.vhkgateway.application.handover;

import nl.vhkgateway.application.intake.messages.DutchDates;
import nl.vhkgateway.application.intake.messages.MailText;
import nl.vhkgateway.domain.consent.ConsentId;
import nl.vhkgateway.domain.handover.HandoverRefusal;
import nl.vhkgateway.domain.handover.RefusalReason;
import nl.vhkgateway.domain.participant.Organisation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The Dutch texts of the handover flow: the note to the partner with the card, the confirmation to the sender, the
 * refusal that says exactly which condition failed, and the notice when the delivery was stopped right before
 * sending. Texts name organisations, codes, numbers and moments only: never anything from the card or the mail.
 * Subjects carry no personal data (headers are never encrypted). Stateless, thread-safe.
 */
public final class HandoverTexts {

    private static final ZoneId TEAM_ZONE = ZoneId.of("Europe/Amsterdam");
    private static final String SIGNATURE = "Dit is een automatisch bericht van de VHK-gateway van het VeiligheidsTeam"
            + " West-Brabant West.";

    private HandoverTexts() {
    }

    /** The note to the partner that goes with the card (inside the S/MIME envelope when encrypted). */
    public static MailText deliveryNote(Reception.Ready ready, ConsentId consent) {
        Organisation sender = ready.sender();
        List<String> lines = new ArrayList<>(List.of(
                "Geachte collega,",
                "",
                "Via de VHK-gateway ontvangt u een Veiligheidskaart als overdracht van " + sender.name() + " ("
                        + sender.type().dutchName() + ").",
                "",
                "Casus: " + ready.instructions().caseReference(),
                "Doel: " + ready.instructions().purpose().label(),
                "Toestemmingsnummer: " + consent,
                "",
                "De betrokkenen hebben toestemming gegeven om de kaart voor dit doel met uw organisatie te delen; de"
                        + " gateway heeft die toestemming vlak voor het versturen gecontroleerd. De kaart bevat"
                        + " persoonsgegevens: behandel haar vertrouwelijk en deel haar niet verder zonder nieuwe"
                        + " toestemming.",
                "De documenteigenschappen en de auteursgegevens zijn uit de kaart verwijderd; de inhoud is ongewijzigd.",
                "",
                "Vragen over de inhoud? Neem contact op met de vaste deelnemer van " + sender.name() + ".",
                "",
                SIGNATURE));
        return new MailText("Overdracht Veiligheidskaart via de VHK-gateway (toestemming " + consent + ")",
                String.join("\n", lines));
    }

    /**
     * To the sender, once the card was handed to the mail server for the partner. Says "TLS" only when the gateway's
     * SMTP connection really is TLS or STARTTLS ({@code smtpUsesTls}); the demo's plain SMTP is named as such.
     */
    public static MailText confirmation(Reception.Ready ready, ConsentId consent, Instant receivedAt, Instant sentAt,
                                        boolean encrypted, boolean smtpUsesTls) {
        Organisation receiver = ready.receiver();
        List<String> lines = List.of(
                "Beste collega,",
                "",
                "Uw overdracht van " + when(receivedAt) + " is verstuurd naar " + receiver.name() + " ("
                        + receiver.receivingMailbox().value() + ") op " + when(sentAt) + ".",
                "",
                "Casus: " + ready.instructions().caseReference(),
                "Doel: " + ready.instructions().purpose().label(),
                "Toestemmingsnummer: " + consent,
                "Verzonden: " + (encrypted
                        ? "versleuteld (S/MIME) met het geregistreerde certificaat van de ontvanger"
                        : smtpUsesTls
                        ? "over een beveiligde verbinding met de mailserver (TLS); de ontvanger heeft geen certificaat"
                        + " voor versleutelde e-mail geregistreerd"
                        : "onversleuteld, over een onbeveiligde verbinding met de mailserver (zonder TLS; alleen"
                        + " toegestaan in een demo- of testopstelling); de ontvanger heeft geen certificaat voor"
                        + " versleutelde e-mail geregistreerd"),
                "",
                "De gateway heeft de documenteigenschappen en de auteursgegevens uit de kaart verwijderd; de inhoud is"
                        + " ongewijzigd. De controle van de toestemming is vastgelegd in het auditlogboek.",
                "",
                SIGNATURE);
        return new MailText("Overdracht verstuurd (toestemming " + consent + ")", String.join("\n", lines));
    }

    /** To the sender: the handover was not accepted, for a reason found before the consent check. */
    public static MailText refusal(Instant receivedAt, HandoverProblem problem, List<String> details) {
        List<String> lines = new ArrayList<>(List.of(
                "Beste collega,",
                "",
                "Uw overdracht van " + when(receivedAt) + " is niet doorgestuurd. Er is niets naar een partner"
                        + " verstuurd.",
                "",
                "Waarom: " + problem.dutchExplanation()));
        for (String detail : details) {
            lines.add("- " + detail);
        }
        lines.addAll(List.of("", "Wat u kunt doen: " + problem.dutchAdvice(), "", "(code " + problem.name() + ")",
                "", SIGNATURE));
        return new MailText("Overdracht niet uitgevoerd", String.join("\n", lines));
    }

    /** To the sender: the consent check on receipt refused the handover. */
    public static MailText consentRefusal(Instant receivedAt, Organisation receiver, HandoverRefusal refusal) {
        List<String> lines = List.of(
                "Beste collega,",
                "",
                "Uw overdracht van " + when(receivedAt) + " aan " + receiver.name() + " is niet doorgestuurd. Er is"
                        + " niets naar een partner verstuurd.",
                "",
                "Waarom: " + sentence(refusal.message()),
                "",
                "Wat u kunt doen: " + advice(refusal.reason()),
                "",
                "(code " + refusal.reason().name() + ")",
                "",
                SIGNATURE);
        return new MailText("Overdracht niet uitgevoerd", String.join("\n", lines));
    }

    /** To the sender: the delivery was stopped right before sending (e.g. consent withdrawn in between). */
    public static MailText notDelivered(Instant receivedAt, String receiverName, String reasonCode, String why,
                                        String advice) {
        List<String> lines = List.of(
                "Beste collega,",
                "",
                "Uw overdracht van " + when(receivedAt) + " aan " + receiverName + " is NIET verstuurd. Vlak voor"
                        + " het versturen heeft de gateway de toestemming opnieuw gecontroleerd, en de overdracht mocht"
                        + " niet meer doorgaan. Er is niets naar de partner verstuurd.",
                "",
                "Waarom: " + sentence(why),
                "",
                "Wat u kunt doen: " + advice,
                "",
                "(code " + reasonCode + ")",
                "",
                SIGNATURE);
        return new MailText("Overdracht niet verstuurd", String.join("\n", lines));
    }

    /** What to do about a refused consent check, in Dutch. */
    public static String advice(RefusalReason reason) {
        return switch (reason) {
            case DIRECTION_NOT_PERMITTED -> "Een kaart met persoonsgegevens mag alleen langs de afgesproken richtingen"
                    + " worden overgedragen: Toegang naar Veilig Thuis en terug, Toegang of Veilig Thuis naar de Raad"
                    + " voor de Kinderbescherming, de Raad naar een Gecertificeerde Instelling, en een Gecertificeerde"
                    + " Instelling naar de Toegang (na inbreng in het VeiligheidsTeam). Bespreek een andere"
                    + " overdracht in het VeiligheidsTeam.";
            case VHT_SUBMISSION_MISSING -> "Breng de casus eerst in bij het VeiligheidsTeam en gebruik het"
                    + " inzendingsnummer (VHT-jaar-nummer) als casusnummer op de kaart.";
            case CONSENT_NOT_FOUND -> "Registreer de toestemming van de betrokkenen in de gateway en vul het"
                    + " toestemmingsnummer in bij 'Toestemmingsnummer' op het voorblad (of laat het leeg als de"
                    + " toestemming onder dit casusnummer is geregistreerd).";
            case CONSENT_OTHER_CASE, CONSENT_OTHER_SENDER, CONSENT_OTHER_RECIPIENT, CONSENT_OTHER_PURPOSE ->
                    "Controleer casusnummer, ontvanger, doel en toestemmingsnummer op de kaart: ze moeten passen bij"
                            + " de geregistreerde toestemming. Hebben de betrokkenen toestemming gegeven voor iets"
                            + " anders, registreer dan een nieuwe toestemming.";
            case CONSENT_WITHDRAWN -> "Een ingetrokken toestemming geldt nooit meer. Alleen als de betrokkenen opnieuw"
                    + " toestemming geven, kunt u die als nieuwe toestemming registreren en de kaart opnieuw sturen.";
            case CONSENT_EXPIRED -> "Vraag de betrokkenen opnieuw om toestemming, registreer die als nieuwe toestemming"
                    + " en stuur de kaart opnieuw met het nieuwe toestemmingsnummer.";
            case CONSENT_NOT_YET_VALID -> "Stuur de overdracht opnieuw zodra de toestemming geldt.";
            case CONSENT_POLICY_NOT_MET -> "Er is toestemming nodig van ten minste een ouder met gezag of een voogd,"
                    + " en, vanaf de leeftijd die het VeiligheidsTeam heeft ingesteld, ook van de jeugdige zelf."
                    + " Registreer de ontbrekende toestemming als nieuwe toestemming.";
        };
    }

    private static String when(Instant instant) {
        return DutchDates.dateTime(instant, TEAM_ZONE);
    }

    private static String sentence(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty()) {
            return stripped;
        }
        String capitalised = Character.toUpperCase(stripped.charAt(0)) + stripped.substring(1);
        return capitalised.endsWith(".") ? capitalised : capitalised + ".";
    }
}
