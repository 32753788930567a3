package nl.vhkgateway.interfaces.web.voorzitter;

import static nl.vhkgateway.interfaces.web.view.Html.text;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.vhkgateway.application.agenda.PlanningProblem;
import nl.vhkgateway.application.agenda.PlanningService;
import nl.vhkgateway.bootstrap.AgendaRuntime;
import nl.vhkgateway.domain.planning.MeetingCalendar;
import nl.vhkgateway.domain.planning.PlannedCase;
import nl.vhkgateway.domain.planning.PlanningState;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import nl.vhkgateway.interfaces.web.ConsoleServlet;
import nl.vhkgateway.interfaces.web.ErrorPages;
import nl.vhkgateway.interfaces.web.view.AgendaViews;
import nl.vhkgateway.interfaces.web.view.Page;

/**
 * The voorzitter's planning (docs/agenda.md, docs/console.md):
 * <ul>
 *   <li>{@code GET /console/voorzitter/planning}: the meetings of the coming {@value #WEEKS} weeks with their proposed
 *       and accepted cases (number, state, follow-up, day of receipt, experts); a proposed case can be accepted in
 *       the row;</li>
 *   <li>{@code GET /console/voorzitter/planning/VHT-2026-0042}: one case with its forms: accept, move (a choice of
 *       meeting days only), decline (reason required; the existing {@link PlanningService} mails it in Dutch to the
 *       vaste deelnemer), invite an expert;</li>
 *   <li>{@code POST} to the case's page with {@code actie} (accepteren, verplaatsen, afwijzen, expert) and the
 *       {@code versie} the form was built from: a decision on a changed case is refused with
 *       {@link PlanningService#STALE}. The service's Dutch problems are shown next to their field.</li>
 * </ul>
 */
@WebServlet(urlPatterns = {PlanningServlet.PATH, PlanningServlet.PATH + "/*"})
public class PlanningServlet extends ConsoleServlet {

    static final String PATH = "/console/voorzitter/planning";
    static final int WEEKS = 8;
    private static final int MAX_CASES = 500;

    @Inject
    AgendaRuntime agenda;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> info = caseSegment(request);
        if (info.isEmpty()) {
            send(response, overview(request));
            return;
        }
        Optional<PlannedCase> planned = SubmissionNumber.tryParse(info.get()).flatMap(planning()::find);
        if (planned.isEmpty()) {
            ErrorPages.send(request, response, 404);
            return;
        }
        send(response, casePage(request, planned.get(), Map.of(), Map.of()));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SubmissionNumber> number = caseSegment(request).flatMap(SubmissionNumber::tryParse);
        Optional<PlannedCase> planned = number.flatMap(planning()::find);
        if (planned.isEmpty()) {
            ErrorPages.send(request, response, 404);
            return;
        }
        String action = param(request, "actie");
        String field = switch (action) {
            case "verplaatsen" -> "datum";
            case "afwijzen" -> "reden";
            case "expert" -> "expert";
            default -> "accepteren";
        };
        Map<String, String> values = new HashMap<>();
        values.put(field, param(request, field));
        String by = user(request).login();
        String nr = number.get().format();
        int version = version(param(request, "versie"));
        try {
            switch (action) {
                case "accepteren" -> {
                    PlannedCase accepted = planning().accept(number.get(), version, by);
                    redirect(request, response, PATH, nr + " staat op de agenda van "
                            + AgendaViews.meeting(accepted.meeting()) + ".");
                }
                case "verplaatsen" -> {
                    LocalDate date = meetingDate(values.get("datum"));
                    PlannedCase moved = planning().move(number.get(), date, version, by);
                    redirect(request, response, PATH, nr + " is verplaatst naar "
                            + AgendaViews.meeting(moved.meeting()) + " en staat daar op de agenda.");
                }
                case "afwijzen" -> {
                    planning().decline(number.get(), values.get("reden"), version, by);
                    redirect(request, response, PATH, nr + " is afgewezen. De vaste deelnemer krijgt de reden per"
                            + " e-mail.");
                }
                case "expert" -> {
                    planning().addExpert(number.get(), values.get("expert"), by);
                    redirect(request, response, PATH + "/" + nr, values.get("expert") + " is uitgenodigd voor de"
                            + " bespreking van " + nr + ".");
                }
                default -> ErrorPages.send(request, response, 400);
            }
        } catch (PlanningProblem e) {
            int status = switch (e.kind()) {
                case NOT_FOUND -> 404;
                case CONFLICT -> 409;
                case INVALID -> 400;
            };
            PlannedCase now = planning().find(number.get()).orElse(planned.get());
            send(response, casePage(request, now, values, Map.of(field, e.getMessage())), status);
        }
    }

    private Page overview(HttpServletRequest request) {
        LocalDate today = planning().today();
        LocalDate end = today.plusWeeks(WEEKS);
        Page page = page(request, "Planning");
        page.lead("De besprekingen van de komende " + WEEKS + " weken met de voorgestelde en geaccepteerde casussen."
                + " Accepteer een voorstel, of open een casus om hem te verplaatsen, af te wijzen of een expert uit"
                + " te nodigen.");
        Map<LocalDate, List<PlannedCase>> byMeeting = new TreeMap<>();
        for (PlannedCase planned : planning().list(today, end, MAX_CASES, 0)) {
            if (planned.state() != PlanningState.DECLINED) {
                byMeeting.computeIfAbsent(planned.meeting(), k -> new ArrayList<>()).add(planned);
            }
        }
        int places = calendar().settings().casesPerMeeting();
        if (byMeeting.isEmpty()) {
            page.p("Er staan geen casussen op de besprekingen van de komende " + WEEKS + " weken.");
        }
        byMeeting.forEach((meeting, cases) -> page.table("Bespreking " + AgendaViews.meeting(meeting) + " ("
                        + cases.size() + " van " + places + " plaatsen)",
                List.of("Nummer", "Status", "Vervolg", "Ontvangen", "Experts", "Actie"),
                cases.stream().map(p -> row(page, p)).toList(), ""));
        List<String> empty = calendar().meetingsBetween(today, end).stream().filter(d -> !byMeeting.containsKey(d))
                .map(AgendaViews::meeting).toList();
        if (!empty.isEmpty()) {
            page.h2("Besprekingen zonder casussen");
            page.p(String.join("; ", empty) + ".");
        }
        return page;
    }

    private static List<String> row(Page page, PlannedCase p) {
        String nr = p.card().number().format();
        String action = p.state() == PlanningState.PROPOSED
                ? AgendaViews.rowButton(page, PATH + "/" + nr, "Accepteren", nr, "primary",
                Map.of("actie", "accepteren", "versie", Integer.toString(p.version())))
                : text("-");
        return List.of(page.link(PATH + "/" + nr, nr), AgendaViews.state(p.state()), AgendaViews.followUp(p),
                text(AgendaViews.meeting(p.card().receivedOn())), AgendaViews.experts(p.experts()), action);
    }

    private Page casePage(HttpServletRequest request, PlannedCase planned, Map<String, String> values,
                          Map<String, String> errors) {
        String nr = planned.card().number().format();
        String self = PATH + "/" + nr;
        String version = Integer.toString(planned.version());
        Page page = page(request, "Inbreng " + nr);
        page.errorSummary(errors);
        page.facts(List.of(
                new AbstractMap.SimpleEntry<>("Bespreking", text(AgendaViews.meeting(planned.meeting()))),
                new AbstractMap.SimpleEntry<>("Status", AgendaViews.state(planned.state())),
                new AbstractMap.SimpleEntry<>("Vervolg", AgendaViews.followUp(planned)),
                new AbstractMap.SimpleEntry<>("Ontvangen", text(AgendaViews.meeting(planned.card().receivedOn()))),
                new AbstractMap.SimpleEntry<>("Experts", AgendaViews.experts(planned.experts()))));
        if (planned.state() == PlanningState.DECLINED) {
            page.p(nr + " is afgewezen en komt niet op de agenda.");
            page.raw("<p>" + page.link(PATH, "Terug naar de planning") + "</p>");
            return page;
        }
        if (planned.state() == PlanningState.PROPOSED || errors.containsKey("accepteren")) {
            page.h2("Accepteren");
            page.raw("<div class=\"field" + (errors.containsKey("accepteren") ? " field--invalid" : "")
                    + "\" id=\"accepteren\" tabindex=\"-1\">");
            Optional.ofNullable(errors.get("accepteren")).ifPresent(e -> page.raw("<p class=\"field__error\">"
                    + "<span class=\"visually-hidden\">Fout: </span>" + text(e) + "</p>"));
            if (planned.state() == PlanningState.PROPOSED) {
                page.formStart(self, false, "form");
                hidden(page, "accepteren", version);
                page.button("Accepteren voor " + AgendaViews.meeting(planned.meeting()), "primary");
                page.formEnd();
            }
            page.raw("</div>\n");
        }
        page.h2("Verplaatsen");
        LocalDate today = planning().today();
        LocalDate earliest = planned.card().receivedOn().plusDays(MeetingCalendar.FOLLOW_UP_DAYS_BEFORE);
        LocalDate from = earliest.isAfter(today) ? earliest : today;
        List<LocalDate> meetings = calendar().meetingsBetween(from, today.plusWeeks(WEEKS)).stream()
                .filter(d -> !d.equals(planned.meeting())).toList();
        page.formStart(self, false, "form");
        hidden(page, "verplaatsen", version);
        int places = calendar().settings().casesPerMeeting();
        page.select("datum", "Nieuwe bespreking", "Alleen besprekingsdagen (dinsdag- en donderdagochtend, zonder"
                        + " feestdagen en gesloten dagen) waarvoor de kaart op tijd binnen was. De casus wordt daar"
                        + " meteen geaccepteerd. Per bespreking staat erbij hoeveel van de " + places
                        + " plaatsen al bezet zijn.", AgendaViews.meetingOptions(meetings, taken(today), places),
                values.getOrDefault("datum", ""), Optional.ofNullable(errors.get("datum")));
        page.button("Verplaatsen", "secondary");
        page.formEnd();

        page.h2("Afwijzen");
        page.formStart(self, false, "form");
        hidden(page, "afwijzen", version);
        page.textarea("reden", "Reden (verplicht)", "De vaste deelnemer krijgt deze reden per e-mail. Noem geen"
                + " namen of andere persoonsgegevens.", values.getOrDefault("reden", ""),
                Optional.ofNullable(errors.get("reden")));
        page.button("Afwijzen", "danger");
        page.formEnd();

        page.h2("Expert uitnodigen");
        page.formStart(self, false, "form");
        hidden(page, "expert", version);
        page.input("expert", "email", "E-mailadres van de expert", "De expert krijgt de agenda met de kaarten van"
                        + " deze bespreking.", values.getOrDefault("expert", ""),
                Optional.ofNullable(errors.get("expert")), "autocomplete=\"off\" spellcheck=\"false\"");
        page.button("Uitnodigen", "secondary");
        page.formEnd();

        if (planned.state() == PlanningState.ACCEPTED) {
            page.raw("<p>" + page.link("/console/voorzitter/uitkomst/" + nr, "Uitkomst van " + nr + " vastleggen")
                    + "</p>");
        }
        page.raw("<p>" + page.link(PATH, "Terug naar de planning") + "</p>");
        return page;
    }

    private static void hidden(Page page, String action, String version) {
        page.raw("<input type=\"hidden\" name=\"actie\" value=\"" + action + "\">"
                + "<input type=\"hidden\" name=\"versie\" value=\"" + version + "\">\n");
    }

    /** Places taken per meeting (proposed and accepted cases) in the coming weeks. */
    private Map<LocalDate, Integer> taken(LocalDate today) {
        Map<LocalDate, Integer> taken = new LinkedHashMap<>();
        planning().list(today, today.plusWeeks(WEEKS), MAX_CASES, 0).stream()
                .filter(p -> p.state() != PlanningState.DECLINED)
                .forEach(p -> taken.merge(p.meeting(), 1, Integer::sum));
        return taken;
    }

    private static LocalDate meetingDate(String text) {
        if (text.isEmpty()) {
            throw new PlanningProblem(PlanningProblem.Kind.INVALID, "Kies de bespreking waar de casus naartoe gaat.");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new PlanningProblem(PlanningProblem.Kind.INVALID, "Kies een bespreking uit de lijst.");
        }
    }

    /** The version the form was built from; an unreadable one can never match (the page is then stale). */
    private static int version(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Optional<String> caseSegment(HttpServletRequest request) {
        String info = request.getPathInfo();
        if (info == null || info.equals("/")) {
            return Optional.empty();
        }
        return Optional.of(info.substring(1));
    }

    private PlanningService planning() {
        return agenda.planning();
    }

    private MeetingCalendar calendar() {
        return planning().calendar();
    }
}
