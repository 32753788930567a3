package nl.vhkgateway.interfaces.web;

import static nl.vhkgateway.interfaces.web.view.Html.text;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.vhkgateway.application.intake.quarantine.QuarantineAdministration;
import nl.vhkgateway.application.intake.quarantine.QuarantineEntry;
import nl.vhkgateway.domain.audit.AuditEvent;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.interfaces.web.view.Page;
import nl.vhkgateway.interfaces.web.view.Words;

/**
 * The quarantine for the voorzitter and the beheerder: what is held (metadata only: when, why, whether the content
 * is still there), and per entry release or delete with a reason chosen from a list. The reason is a code, so it
 * can go into the audit log (which holds codes only) as {@value #REASON_ACTION}, next to the release or deletion
 * the quarantine administration audits itself.
 */
public final class QuarantinePages {

    static final String REASON_ACTION = "CONSOLE_QUARANTINE_DECISION";
    static final List<Map.Entry<String, String>> RELEASE_REASONS = List.of(Map.entry("", "Kies een reden"),
            Map.entry("SENDER_NOW_REGISTERED", "De afzender is nu geregistreerd"),
            Map.entry("GENUINE_CARD", "Het is een echte inzending"),
            Map.entry("SCREENER_FIXED", "De controle werkt weer"));
    static final List<Map.Entry<String, String>> DELETE_REASONS = List.of(Map.entry("", "Kies een reden"),
            Map.entry("NOT_FOR_VHT", "Niet voor het VeiligheidsTeam"),
            Map.entry("SPAM_OR_PHISHING", "Spam of phishing"),
            Map.entry("DUPLICATE", "Dubbel verstuurd"),
            Map.entry("SENDER_ASKED", "Op verzoek van de afzender"));

    private QuarantinePages() {
    }

    static void list(HttpServletRequest request, HttpServletResponse response, QuarantineAdministration quarantine,
                     String base) throws IOException {
        Page page = ConsoleServlet.page(request, "Quarantaine");
        page.lead("Berichten die de gateway apart zette: van een onbekende afzender, automatische berichten, en kaarten"
                + " die niet gecontroleerd konden worden. U ziet alleen gegevens over het bericht, nooit de inhoud.");
        List<List<String>> rows = new ArrayList<>();
        for (QuarantineEntry entry : quarantine.list(100)) {
            long id = entry.submission().id().value();
            rows.add(List.of(page.link(base + "/" + id, "Inzending " + id),
                    text(Words.dateTime(entry.submission().receivedAt())), text(why(entry)),
                    entry.contentKept() ? Page.badge("warning", "wacht op besluit") : Page.badge("neutral", "inhoud verwijderd")));
        }
        page.table("In quarantaine", List.of("Inzending", "Ontvangen", "Waarom", "Status"), rows,
                "Er staat niets in quarantaine.");
        ConsoleServlet.send(response, page);
    }

    static void detail(HttpServletRequest request, HttpServletResponse response, QuarantineAdministration quarantine,
                       String base, long id, Map<String, String> errors, int status) throws IOException {
        Optional<QuarantineEntry> entry = quarantine.find(new SubmissionId(id));
        if (entry.isEmpty()) {
            ErrorPages.send(request, response, 404);
            return;
        }
        Page page = ConsoleServlet.page(request, "Inzending " + id + " in quarantaine");
        page.facts(List.of(Map.entry("Ontvangen", text(Words.dateTime(entry.get().submission().receivedAt()))),
                Map.entry("Waarom apart gezet", text(why(entry.get()))),
                Map.entry("Grootte", text((entry.get().submission().size() / 1024 + 1) + " kB")),
                Map.entry("Status", text(entry.get().submission().state().name().equals("QUARANTINED")
                        ? "in quarantaine" : "niet meer in quarantaine"))));
        nl.vhkgateway.interfaces.web.view.SubmissionViews.history(page, entry.get().history());
        if (entry.get().submission().state().name().equals("QUARANTINED") && entry.get().contentKept()) {
            page.errorSummary(errors);
            page.h2("Vrijgeven");
            page.p("Vrijgeven laat de gateway het bericht opnieuw verwerken, alsof het net binnenkwam.");
            page.formStart(base + "/" + id + "/vrijgeven", false, "form");
            page.select("reden-vrijgeven", "Reden", "Waarom geeft u dit bericht vrij?", RELEASE_REASONS, "",
                    Optional.ofNullable(errors.get("reden-vrijgeven")));
            page.button("Vrijgeven", "primary");
            page.formEnd();
            page.h2("Verwijderen");
            page.p("Verwijderen wist de inhoud. De gegevens over het bericht en de geschiedenis blijven bewaard.");
            page.formStart(base + "/" + id + "/verwijderen", false, "form");
            page.select("reden-verwijderen", "Reden", "Waarom verwijdert u dit bericht?", DELETE_REASONS, "",
                    Optional.ofNullable(errors.get("reden-verwijderen")));
            page.button("Verwijderen", "danger");
            page.formEnd();
        }
        page.raw("<p>" + page.link(base, "Terug naar de quarantaine") + "</p>");
        ConsoleServlet.send(response, page, status);
    }

    /** Handles POST .../{id}/vrijgeven and .../{id}/verwijderen. */
    static void decide(HttpServletRequest request, HttpServletResponse response, QuarantineAdministration quarantine,
                       AuditLog audit, Runnable wakeUp, String base, long id, boolean release) throws IOException {
        String field = release ? "reden-vrijgeven" : "reden-verwijderen";
        String reason = ConsoleServlet.param(request, field);
        List<Map.Entry<String, String>> allowed = release ? RELEASE_REASONS : DELETE_REASONS;
        if (reason.isEmpty() || allowed.stream().noneMatch(e -> e.getKey().equals(reason))) {
            detail(request, response, quarantine, base, id, Map.of(field, "Kies een reden."), 400);
            return;
        }
        ConsoleUser user = ConsoleServlet.user(request);
        String actor = user.role().code() + ":" + user.login();
        try {
            if (release) {
                quarantine.release(new SubmissionId(id), actor);
                wakeUp.run();
            } else {
                quarantine.delete(new SubmissionId(id), actor);
            }
        } catch (NoSuchElementException e) {
            ErrorPages.send(request, response, 404);
            return;
        } catch (IllegalStateException e) {
            ErrorPages.send(request, response, 409, "Dit bericht staat niet (meer) in quarantaine.");
            return;
        }
        audit.append(AuditEvent.builder(actor, REASON_ACTION).subject("submission:" + id)
                .outcome(release ? "RELEASED" : "DELETED").reason(reason).build());
        ConsoleServlet.redirect(request, response, base, "Inzending " + id + (release
                ? " is vrijgegeven en wordt opnieuw verwerkt." : " is verwijderd; de inhoud is gewist."));
    }

    private static String why(QuarantineEntry entry) {
        List<String> codes = entry.record().map(r -> r.reasonCodes()).orElse(List.of());
        String text = codes.stream().map(c -> switch (c) {
            case "UNKNOWN_SENDER" -> "onbekende afzender";
            case "AUTOMATED_MESSAGE" -> "automatisch bericht";
            case "SCREENING_FAILED", "SCREENING_ERROR" -> "controle mislukt";
            default -> "";
        }).filter(s -> !s.isEmpty()).distinct().collect(Collectors.joining(", "));
        return text.isEmpty() ? "apart gezet door de gateway" : text;
    }
}
