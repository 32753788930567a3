package nl.vhkgateway.interfaces.web.beheer;

import static nl.vhkgateway.interfaces.web.view.Html.text;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.vhkgateway.application.agenda.MeetingDayService;
import nl.vhkgateway.application.agenda.PlanningProblem;
import nl.vhkgateway.bootstrap.AgendaRuntime;
import nl.vhkgateway.domain.planning.MeetingDayChange;
import nl.vhkgateway.domain.planning.MeetingDayChanges;
import nl.vhkgateway.interfaces.web.ConsoleServlet;
import nl.vhkgateway.interfaces.web.ErrorPages;
import nl.vhkgateway.interfaces.web.view.AgendaViews;
import nl.vhkgateway.interfaces.web.view.Page;
import nl.vhkgateway.interfaces.web.view.Words;

/**
 * {@code /console/beheer/besprekingsdagen}: the closed days and extra meetings from today on, those of the
 * configuration (read-only) and those added here ({@link MeetingDayService}, stored in {@code meeting_day_change});
 * add one (date and kind) or remove an added one. The planning, the agenda mails and the calendar feeds follow them.
 */
@WebServlet(urlPatterns = MeetingDaysServlet.PATH)
public class MeetingDaysServlet extends ConsoleServlet {

    static final String PATH = "/console/beheer/besprekingsdagen";

    @Inject
    AgendaRuntime agenda;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        send(response, page(request, Map.of(), Map.of()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (param(request, "actie").equals("verwijderen")) {
            Optional<LocalDate> day = iso(param(request, "dag"));
            try {
                days().remove(day.orElseThrow(() -> new PlanningProblem(PlanningProblem.Kind.NOT_FOUND, "")));
                redirect(request, response, PATH, AgendaViews.meeting(day.get()) + " is verwijderd.");
            } catch (PlanningProblem e) {
                if (e.kind() == PlanningProblem.Kind.NOT_FOUND) {
                    ErrorPages.send(request, response, 404);
                } else {
                    send(response, page(request, Map.of(), Map.of("datum", e.getMessage())), 409);
                }
            }
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("datum", param(request, "datum"));
        values.put("soort", param(request, "soort"));
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<LocalDate> day = Optional.empty();
        if (values.get("datum").isEmpty()) {
            errors.put("datum", "Vul de datum in.");
        } else {
            day = Words.parseDate(values.get("datum"));
            if (day.isEmpty()) {
                errors.put("datum", "Vul de datum in als datum, bijvoorbeeld 15-12-2026.");
            }
        }
        Optional<MeetingDayChange.Kind> kind = switch (values.get("soort")) {
            case "CLOSED" -> Optional.of(MeetingDayChange.Kind.CLOSED);
            case "EXTRA" -> Optional.of(MeetingDayChange.Kind.EXTRA);
            default -> Optional.empty();
        };
        if (kind.isEmpty()) {
            errors.put("soort", "Kies of de dag gesloten is of een extra bespreking heeft.");
        }
        if (!errors.isEmpty()) {
            send(response, page(request, values, errors), 400);
            return;
        }
        try {
            MeetingDayChange added = days().add(day.get(), kind.get(), user(request).login());
            redirect(request, response, PATH, AgendaViews.meeting(added.day()) + (added.kind()
                    == MeetingDayChange.Kind.CLOSED ? " is een gesloten dag." : " heeft een extra bespreking."));
        } catch (PlanningProblem e) {
            send(response, page(request, values, Map.of("datum", e.getMessage())),
                    e.kind() == PlanningProblem.Kind.INVALID ? 400 : 409);
        }
    }

    private Page page(HttpServletRequest request, Map<String, String> values, Map<String, String> errors) {
        LocalDate today = agenda.planning().today();
        Page page = page(request, "Besprekingsdagen");
        page.lead("Het VeiligheidsTeam bespreekt op dinsdag- en donderdagochtend, behalve op feestdagen. Voer hier"
                + " extra gesloten dagen (zomerstop, een vervallen bespreking) en extra besprekingen in. De planning,"
                + " de agendamail en de agenda-feeds volgen ze; een andere server van de gateway ziet een wijziging"
                + " binnen een halve minuut.");
        record Row(LocalDate day, MeetingDayChange.Kind kind, Optional<MeetingDayChange> added) {
        }
        List<Row> rows = new ArrayList<>();
        MeetingDayChanges.Days configured = days().configured();
        configured.closed().forEach(d -> rows.add(new Row(d, MeetingDayChange.Kind.CLOSED, Optional.empty())));
        configured.extra().forEach(d -> rows.add(new Row(d, MeetingDayChange.Kind.EXTRA, Optional.empty())));
        days().added().forEach(c -> rows.add(new Row(c.day(), c.kind(), Optional.of(c))));
        rows.removeIf(r -> r.day().isBefore(today));
        rows.sort(Comparator.comparing(Row::day));
        page.table("Gesloten dagen en extra besprekingen vanaf vandaag", List.of("Datum", "Soort", "Ingevoerd",
                "Actie"), rows.stream().map(r -> List.of(text(AgendaViews.meeting(r.day())),
                r.kind() == MeetingDayChange.Kind.CLOSED ? Page.badge("warning", "gesloten dag")
                        : Page.badge("info", "extra bespreking"),
                text(r.added().map(c -> "door " + c.createdBy() + " op " + Words.dateTime(c.createdAt()))
                        .orElse("in de configuratie")),
                r.added().isPresent() ? AgendaViews.rowButton(page, PATH, "Verwijderen", AgendaViews.meeting(r.day()),
                        "secondary", Map.of("actie", "verwijderen", "dag", r.day().toString()))
                        : text("alleen in de configuratie te wijzigen"))).toList(),
                "Er zijn geen gesloten dagen of extra besprekingen ingevoerd.");
        page.h2("Dag toevoegen");
        page.errorSummary(errors);
        page.formStart(PATH, false, "form");
        page.raw("<input type=\"hidden\" name=\"actie\" value=\"toevoegen\">");
        page.input("datum", "text", "Datum", "Bijvoorbeeld 15-12-2026.", values.getOrDefault("datum", ""),
                Optional.ofNullable(errors.get("datum")), "autocomplete=\"off\" inputmode=\"numeric\"");
        page.select("soort", "Soort", "Een gesloten dag kan alleen op een besprekingsdag zonder casussen; een extra"
                        + " bespreking alleen op een dag zonder bespreking.", List.of(Map.entry("", "Kies de soort"),
                        Map.entry("CLOSED", "Gesloten dag (geen bespreking)"), Map.entry("EXTRA", "Extra bespreking")),
                values.getOrDefault("soort", ""), Optional.ofNullable(errors.get("soort")));
        page.button("Toevoegen", "primary");
        page.formEnd();
        return page;
    }

    private static Optional<LocalDate> iso(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private MeetingDayService days() {
        return agenda.meetingDays();
    }
}
