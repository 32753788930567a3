package nl.vhkgateway.interfaces.web;

import static nl.vhkgateway.interfaces.web.view.Html.text;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.vhkgateway.application.agenda.PlanningProblem;
import nl.vhkgateway.bootstrap.AgendaRuntime;
import nl.vhkgateway.domain.planning.PlannedCase;
import nl.vhkgateway.domain.planning.PlanningState;
import nl.vhkgateway.domain.planning.TermKind;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import nl.vhkgateway.interfaces.web.view.AgendaViews;
import nl.vhkgateway.interfaces.web.view.Page;
import nl.vhkgateway.interfaces.web.view.Words;

/**
 * The outcome of a discussion ("Uitkomst inbreng VHT") for the voorzitter ({@code /console/voorzitter/uitkomst})
 * and the vaste deelnemer who minutes ({@code /console/deelnemer/uitkomst}), with the same access rules as the REST
 * API: the voorzitter sees every case, a vaste deelnemer only the cases of their own organisation (another
 * organisation's number answers 404, as an unknown one).
 * <ul>
 *   <li>without a number: the accepted cases from {@value #WEEKS_BACK} weeks back to {@value #WEEKS_AHEAD} weeks
 *       ahead, each with a link;</li>
 *   <li>with a number ({@code .../uitkomst/VHT-2026-0042}): the form (intervention talk advised, its date, the
 *       monitoring date, the OTS end date) and the derived terms with their due dates; an open term can be marked
 *       done. Recording again replaces the terms (a done term stays done), as in {@code TermService}.</li>
 * </ul>
 */
@WebServlet(urlPatterns = {"/console/voorzitter/uitkomst", "/console/voorzitter/uitkomst/*",
        "/console/deelnemer/uitkomst", "/console/deelnemer/uitkomst/*"})
public class OutcomeServlet extends ConsoleServlet {

    private static final java.time.format.DateTimeFormatter DUTCH_DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final int WEEKS_BACK = 26;
    static final int WEEKS_AHEAD = 8;
    private static final int MAX_CASES = 500;

    @Inject
    AgendaRuntime agenda;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> segment = segment(request);
        if (segment.isEmpty()) {
            send(response, list(request));
            return;
        }
        Optional<PlannedCase> planned = visible(request, segment.get());
        if (planned.isEmpty()) {
            ErrorPages.send(request, response, 404);
            return;
        }
        send(response, casePage(request, planned.get(), recorded(planned.get()), Map.of()));
    }

    /**
     * The form's values as far as the stored terms tell them (only terms are stored, not the outcome itself): the
     * advised talk, the monitoring date and the OTS end date. The talk's date cannot be told from its terms.
     */
    private Map<String, String> recorded(PlannedCase planned) {
        Map<String, String> values = new LinkedHashMap<>();
        for (var term : agenda.terms().termsOf(planned.card().number())) {
            String due = DUTCH_DATE.format(term.term().due());
            switch (term.term().kind()) {
                case INTERVENTION_TALK -> values.put("advies", "interventiegesprek");
                case MONITORING -> values.put("monitoring", due);
                case OTS_END -> values.put("ots-einde", due);
                default -> { }
            }
        }
        return values;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<PlannedCase> planned = segment(request).flatMap(s -> visible(request, s));
        if (planned.isEmpty()) {
            ErrorPages.send(request, response, 404);
            return;
        }
        SubmissionNumber number = planned.get().card().number();
        String self = base(request) + "/" + number.format();
        if (param(request, "actie").equals("gedaan")) {
            try {
                TermKind kind = TermKind.valueOf(param(request, "termijn"));
                agenda.terms().markDone(number, kind);
                redirect(request, response, self, "Termijn \"" + kind.dutch() + "\" van " + number.format()
                        + " is gedaan.");
            } catch (IllegalArgumentException | PlanningProblem e) {
                ErrorPages.send(request, response, 404);
            }
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : List.of("gesprek", "monitoring", "ots-einde")) {
            values.put(field, param(request, field));
        }
        boolean advised = param(request, "advies").equals("interventiegesprek");
        values.put("advies", advised ? "interventiegesprek" : "");
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<LocalDate> talk = date(values.get("gesprek"), "gesprek", "de datum van het interventiegesprek",
                errors);
        Optional<LocalDate> monitoring = date(values.get("monitoring"), "monitoring", "de monitoringsdatum", errors);
        Optional<LocalDate> otsEnd = date(values.get("ots-einde"), "ots-einde", "de einddatum van de OTS", errors);
        if (talk.isPresent() && !advised) {
            errors.put("gesprek", "Een datum voor het interventiegesprek kan alleen als het gesprek is geadviseerd:"
                    + " vink dat aan of maak het veld leeg.");
        }
        if (!errors.isEmpty()) {
            send(response, casePage(request, planned.get(), values, errors), 400);
            return;
        }
        try {
            int terms = agenda.terms().recordOutcome(number, advised, talk, monitoring, otsEnd).size();
            redirect(request, response, self, "De uitkomst van " + number.format() + " is vastgelegd ("
                    + terms + (terms == 1 ? " termijn)." : " termijnen)."));
        } catch (PlanningProblem e) {
            String field = e.getMessage().contains("interventiegesprek") ? "gesprek"
                    : e.getMessage().contains("monitoring") ? "monitoring" : "advies";
            send(response, casePage(request, planned.get(), values, Map.of(field, e.getMessage())),
                    e.kind() == PlanningProblem.Kind.INVALID ? 400 : 409);
        }
    }

    private Page list(HttpServletRequest request) {
        LocalDate today = agenda.planning().today();
        Page page = page(request, "Uitkomsten");
        page.lead("Leg na de bespreking de uitkomst vast: daaruit volgen de termijnen (reactie van de ouders,"
                + " interventiegesprek, definitieve kaart, monitoring, OTS-stappen). U ziet de geaccepteerde casussen"
                + " van " + WEEKS_BACK + " weken terug tot " + WEEKS_AHEAD + " weken vooruit"
                + (user(request).organisation().isPresent() ? " van uw organisatie." : "."));
        List<PlannedCase> cases = agenda.planning().list(today.minusWeeks(WEEKS_BACK), today.plusWeeks(WEEKS_AHEAD),
                MAX_CASES, 0).stream().filter(p -> p.state() == PlanningState.ACCEPTED)
                .filter(p -> mayMinute(request, p)).toList();
        String base = base(request);
        page.table("Geaccepteerde casussen", List.of("Nummer", "Bespreking", "Termijnen"), cases.stream().map(p -> {
            String nr = p.card().number().format();
            long open = agenda.terms().termsOf(p.card().number()).stream().filter(t -> !t.done()).count();
            return List.of(page.link(base + "/" + nr, nr), text(AgendaViews.meeting(p.meeting())),
                    text(open == 0 ? "geen open termijnen" : open + " open"));
        }).toList(), "Er zijn geen geaccepteerde casussen in deze periode.");
        return page;
    }

    private Page casePage(HttpServletRequest request, PlannedCase planned, Map<String, String> values,
                          Map<String, String> errors) {
        String nr = planned.card().number().format();
        String self = base(request) + "/" + nr;
        LocalDate today = agenda.planning().today();
        Page page = page(request, "Uitkomst " + nr);
        page.errorSummary(errors);
        page.facts(List.of(
                new AbstractMap.SimpleEntry<>("Bespreking (datum van het advies)",
                        text(AgendaViews.meeting(planned.meeting()))),
                new AbstractMap.SimpleEntry<>("Status", AgendaViews.state(planned.state()))));
        if (planned.state() != PlanningState.ACCEPTED) {
            page.notice("info", "", "De uitkomst kan pas worden vastgelegd als " + nr
                    + " geaccepteerd op de agenda staat.");
        } else {
            page.h2("Uitkomst vastleggen");
            page.p("Alleen de datums die de termijnen nodig hebben; het advies en de afspraken zelf staan in de"
                    + " kaart. Opnieuw vastleggen vervangt de termijnen; een termijn die al gedaan is, blijft gedaan.");
            page.formStart(self, false, "form");
            page.checkboxes("advies", "Interventiegesprek", "", List.of(Map.entry("interventiegesprek",
                            "Het team adviseert een interventiegesprek")),
                    values.getOrDefault("advies", "").isEmpty() ? List.of() : List.of("interventiegesprek"),
                    Optional.ofNullable(errors.get("advies")));
            dateInput(page, "gesprek", "Datum van het interventiegesprek (als die bekend is)", "Bijvoorbeeld"
                    + " 15-12-2026. Legt u de uitkomst opnieuw vast, vul de datum dan opnieuw in: zonder datum vervalt"
                    + " de termijn voor de definitieve kaart.", values, errors);
            dateInput(page, "monitoring", "Monitoringsdatum (vervolgbespreking, als afgesproken)",
                    "Bijvoorbeeld 15-12-2026.", values, errors);
            dateInput(page, "ots-einde", "Einddatum van de ondertoezichtstelling (alleen bij een OTS)",
                    "Bijvoorbeeld 15-12-2026.", values, errors);
            page.button("Uitkomst vastleggen", "primary");
            page.formEnd();
        }
        page.h2("Termijnen");
        AgendaViews.terms(page, self, agenda.terms().termsOf(planned.card().number()), today);
        page.raw("<p>" + page.link(base(request), "Terug naar de uitkomsten") + "</p>");
        return page;
    }

    private static void dateInput(Page page, String name, String label, String description,
                                  Map<String, String> values, Map<String, String> errors) {
        page.input(name, "text", label, description, values.getOrDefault(name, ""),
                Optional.ofNullable(errors.get(name)), "autocomplete=\"off\" inputmode=\"numeric\"");
    }

    private static Optional<LocalDate> date(String text, String field, String what, Map<String, String> errors) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = Words.parseDate(text);
        if (date.isEmpty()) {
            errors.put(field, "Vul " + what + " in als datum, bijvoorbeeld 15-12-2026.");
        }
        return date;
    }

    /** The case when this user may see it: the voorzitter every case, a deelnemer only their organisation's. */
    private Optional<PlannedCase> visible(HttpServletRequest request, String segment) {
        return SubmissionNumber.tryParse(segment).flatMap(agenda.planning()::find)
                .filter(p -> mayMinute(request, p));
    }

    private static boolean mayMinute(HttpServletRequest request, PlannedCase planned) {
        ConsoleUser user = user(request);
        if (user.role() == ConsoleRole.VOORZITTER) {
            return true;
        }
        return user.role() == ConsoleRole.DEELNEMER && planned.card().organisationId()
                .filter(o -> o == user.organisationId()).isPresent();
    }

    private static String base(HttpServletRequest request) {
        return user(request).role().basePath() + "uitkomst";
    }

    private static Optional<String> segment(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null || info.equals("/") ? Optional.empty() : Optional.of(info.substring(1));
    }
}
