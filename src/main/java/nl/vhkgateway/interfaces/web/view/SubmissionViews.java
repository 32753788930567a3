package nl.vhkgateway.interfaces.web.view;

import static nl.vhkgateway.interfaces.web.view.Html.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.vhkgateway.application.console.ConsoleQueries.SubmissionRow;
import nl.vhkgateway.domain.outbox.OutboxMessage;
import nl.vhkgateway.domain.submission.StateChange;

/** The parts of a submission's detail page shared by voorzitter and beheerder: facts, history, outgoing mail. */
public final class SubmissionViews {

    private SubmissionViews() {
    }

    public static void facts(Page page, SubmissionRow row) {
        page.facts(List.of(
                Map.entry("Nummer", text(row.number().orElse("nog geen VHT-nummer"))),
                Map.entry("Inzending", text(Long.toString(row.id()))),
                Map.entry("Ontvangen", text(Words.dateTime(row.receivedAt()))),
                Map.entry("Route", text(row.route().map(r -> r.equals("RVDK")
                        ? "eerst naar de Raad voor de Kinderbescherming, dan de voorzitter" : "naar de voorzitter")
                        .orElse("nog niet bepaald"))),
                Map.entry("Status", Words.submission(row).html())));
    }

    public static void history(Page page, List<StateChange> history) {
        List<List<String>> rows = new ArrayList<>();
        for (StateChange change : history) {
            rows.add(List.of(text(Words.dateTime(change.at())), text(stateWord(change.to().name())),
                    text(reason(change.reasonCode()))));
        }
        page.table("Geschiedenis", List.of("Wanneer", "Nieuwe status", "Waarom"), rows, "Geen geschiedenis.");
    }

    public static void outgoing(Page page, List<OutboxMessage> messages) {
        List<List<String>> rows = new ArrayList<>();
        for (OutboxMessage message : messages) {
            rows.add(List.of(text(purpose(message.purpose())), text(message.state().name().equals("SENT")
                    ? "verstuurd" : message.state().name().toLowerCase(java.util.Locale.ROOT))));
        }
        page.table("Uitgaande berichten", List.of("Bericht", "Status"), rows, "Geen uitgaande berichten.");
    }

    static String stateWord(String state) {
        return switch (state) {
            case "RECEIVED" -> "ontvangen";
            case "SCREENED" -> "gecontroleerd";
            case "ROUTED" -> "doorgestuurd (zonder controle)";
            case "ACCEPTED" -> "goedgekeurd";
            case "REFUSED", "REFUSING" -> "geweigerd";
            case "QUARANTINED" -> "in quarantaine";
            case "DELIVERED" -> "afgeleverd";
            case "ERROR" -> "fout";
            case "DISCARDED" -> "verwijderd";
            default -> state.toLowerCase(java.util.Locale.ROOT);
        };
    }

    static String reason(String code) {
        return switch (code) {
            case "STORED" -> "opgeslagen";
            case "CARD_ACCEPTED" -> "kaart in orde, naar de voorzitter";
            case "CARD_ACCEPTED_RVDK" -> "kaart in orde, eerst naar de Raad";
            case "CARD_REFUSED" -> "kaart geweigerd, afzender bericht";
            case "SENDER_REFUSED" -> "afzender geweigerd";
            case "UNKNOWN_SENDER" -> "onbekende afzender";
            case "AUTOMATED_MESSAGE" -> "automatisch bericht";
            case "SCREENING_FAILED" -> "controle mislukt";
            case "QUARANTINE_RELEASED" -> "vrijgegeven uit quarantaine";
            case "QUARANTINE_DELETED" -> "verwijderd uit quarantaine";
            case "QUARANTINE_EXPIRED" -> "te lang in quarantaine";
            case "ALL_MESSAGES_SENT" -> "alle berichten verstuurd";
            case "RELEASED_FROM_INBOX" -> "uit de postbus gehaald";
            case "MAX_ATTEMPTS_REACHED" -> "te vaak mislukt";
            case "REPROCESS_REQUESTED" -> "opnieuw verwerken gevraagd";
            case "SEND_FAILED" -> "versturen mislukt";
            case "ROUTING_FAILED" -> "verwerken mislukt";
            default -> code;
        };
    }

    static String purpose(String code) {
        return switch (code) {
            case "VOORZITTER", "FORWARD_TO_VOORZITTER" -> "kaart naar de voorzitter";
            case "RECEIPT" -> "ontvangstbevestiging";
            case "REFUSAL" -> "weigering aan de afzender";
            case "RVDK", "RVDK_CARD" -> "kaart naar de Raad";
            default -> code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    }
}
