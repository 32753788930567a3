package nl.vhkgateway.interfaces.web.view;

import static nl.vhkgateway.interfaces.web.view.Html.attr;
import static nl.vhkgateway.interfaces.web.view.Html.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.vhkgateway.application.intake.messages.DutchDates;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.planning.PlannedCase;
import nl.vhkgateway.domain.planning.PlanningState;
import nl.vhkgateway.domain.planning.RecordedTerm;

/**
 * The agenda's building blocks for the console pages (planning, outcome, calendar feeds): states, experts, the
 * meeting choice and the terms table, all in Dutch and escaped. Stateless.
 */
public final class AgendaViews {

    private AgendaViews() {
    }

    /** The planning state as a badge. */
    public static String state(PlanningState state) {
        return switch (state) {
            case PROPOSED -> Page.badge("warning", "voorgesteld");
            case ACCEPTED -> Page.badge("ok", "geaccepteerd");
            case DECLINED -> Page.badge("neutral", "afgewezen");
        };
    }

    /** "vervolg" for a follow-up (monitoring) card, otherwise "nee". */
    public static String followUp(PlannedCase planned) {
        return planned.card().followUpOf().isPresent() ? Page.badge("info", "vervolg") : text("nee");
    }

    public static String experts(List<MailAddress> experts) {
        return experts.isEmpty() ? text("geen")
                : text(experts.stream().map(MailAddress::value).collect(Collectors.joining(", ")));
    }

    /** A meeting day in words ("dinsdag 15 december 2026"). */
    public static String meeting(LocalDate date) {
        return DutchDates.withWeekday(date);
    }

    private static final List<String> WEEKDAYS = List.of("ma", "di", "wo", "do", "vr", "za", "zo");
    private static final List<String> MONTHS = List.of("jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.",
            "sep.", "okt.", "nov.", "dec.");

    /**
     * A meeting day in the short Dutch form of a choice ("di 15 dec. 2026"): a select cannot wrap its text, and the
     * long form with the places taken ("donderdag 17 december 2026 (2 van 4 plaatsen bezet)") is cut off at phone
     * width (390 px). The usual Dutch abbreviations (Taalunie), fixed here rather than taken from the JDK's locale
     * data.
     */
    public static String meetingShort(LocalDate date) {
        return WEEKDAYS.get(date.getDayOfWeek().getValue() - 1) + " " + date.getDayOfMonth() + " "
                + MONTHS.get(date.getMonthValue() - 1) + " " + date.getYear();
    }

    /**
     * The meetings a case can move to, as select options: the value is the ISO date, the label the day in the short
     * form and how many places are taken ("do 17 dec. 2026 (2 van 4 bezet)", "(vol)"), short enough for a select at
     * phone width; the field's description says what the figures mean. {@code taken} holds the places taken per
     * meeting.
     */
    public static List<Map.Entry<String, String>> meetingOptions(List<LocalDate> meetings, Map<LocalDate, Integer> taken,
                                                                 int places) {
        List<Map.Entry<String, String>> options = new ArrayList<>();
        options.add(Map.entry("", "Kies een bespreking"));
        for (LocalDate meeting : meetings) {
            int used = taken.getOrDefault(meeting, 0);
            options.add(Map.entry(meeting.toString(), meetingShort(meeting) + " (" + (used >= places ? "vol"
                    : used + " van " + places + " bezet") + ")"));
        }
        return options;
    }

    /** A button in a table row whose accessible name says which row it acts on ("Accepteren VHT-2026-0042"). */
    public static String rowButton(Page page, String action, String label, String which, String kind,
                                   Map<String, String> hidden) {
        StringBuilder s = new StringBuilder("<form method=\"post\" class=\"inline-form\" action=\"")
                .append(attr(page.url(action))).append("\">").append(page.csrfField());
        hidden.forEach((k, v) -> s.append("<input type=\"hidden\" name=\"").append(attr(k)).append("\" value=\"")
                .append(attr(v)).append("\">"));
        s.append("<button type=\"submit\" class=\"button button--").append(attr(kind)).append("\">")
                .append(text(label)).append("<span class=\"visually-hidden\"> ").append(text(which))
                .append("</span></button></form>");
        return s.toString();
    }

    /** The state of a term on {@code today}: done, overdue or open. */
    public static String termState(RecordedTerm term, LocalDate today) {
        if (term.done()) {
            return Page.badge("ok", "gedaan op " + Words.date(term.doneAt().orElseThrow()));
        }
        return term.term().due().isBefore(today) ? Page.badge("error", "verlopen") : Page.badge("info", "open");
    }

    /**
     * The table of a case's terms; each open term gets a "Gedaan" button posting {@code actie=gedaan} and
     * {@code termijn=<KIND>} to {@code action}.
     */
    public static void terms(Page page, String action, List<RecordedTerm> terms, LocalDate today) {
        page.table("Termijnen", List.of("Termijn", "Uiterlijk", "Status", "Actie"), terms.stream().map(t -> List.of(
                text(t.term().kind().dutch()), text(meeting(t.term().due())), termState(t, today),
                t.done() ? text("-") : rowButton(page, action, "Gedaan", t.term().kind().dutch(), "secondary",
                        Map.of("actie", "gedaan", "termijn", t.term().kind().name())))).toList(),
                "Er zijn nog geen termijnen: leg eerst de uitkomst vast.");
    }

    /** The feed's URL at this gateway: {@code <base>/api/agenda/feed/<token>.ics} (as the REST API gives it). */
    public static String feedUrl(String scheme, String host, String contextPath, String token) {
        return scheme + "://" + host + contextPath + "/api/agenda/feed/" + token + ".ics";
    }

    /** The one-time display of a new feed's URL: a read-only field to copy from, with the hint. */
    public static void newFeed(Page page, String url) {
        page.raw("<div class=\"notice notice--ok\" role=\"status\"><p class=\"notice__heading\">De agenda-feed is"
                + " gemaakt</p><p>Kopieer het adres nu: het wordt maar één keer getoond. Daarna kunt u de feed alleen"
                + " nog intrekken.</p></div>\n");
        page.input("feed-adres", "text", "Geheim adres van uw agenda-feed", "Ga naar het veld, selecteer het hele"
                + " adres met Ctrl+A en kopieer het met Ctrl+C (Mac: Cmd+A, Cmd+C). Voeg het in uw"
                + " agendaprogramma toe als agenda via internet (abonneren). Deel het adres met niemand.", url,
                Optional.empty(), "readonly spellcheck=\"false\" autocomplete=\"off\"");
    }
}
