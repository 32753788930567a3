package nl.vhkgateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.vhkgateway.application.agenda.FeedOwner;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.planning.AcceptedCard;
import nl.vhkgateway.domain.planning.PlannedCase;
import nl.vhkgateway.domain.planning.PlanningState;
import nl.vhkgateway.domain.planning.RecordedTerm;
import nl.vhkgateway.domain.planning.Term;
import nl.vhkgateway.domain.planning.TermKind;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import nl.vhkgateway.interfaces.web.view.AgendaViews;
import nl.vhkgateway.interfaces.web.view.Page;
import nl.vhkgateway.interfaces.web.view.Page.MenuItem;

/** The agenda's console building blocks without a container: Dutch texts, escaping, CSRF in row forms, menus. */
class AgendaViewsTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 15);

    @Test
    void statesFollowUpAndExpertsAreInDutch() {
        assertTrue(AgendaViews.state(PlanningState.PROPOSED).contains(">voorgesteld<"));
        assertTrue(AgendaViews.state(PlanningState.ACCEPTED).contains(">geaccepteerd<"));
        assertTrue(AgendaViews.state(PlanningState.DECLINED).contains(">afgewezen<"));
        PlannedCase followUp = planned(Optional.of(new SubmissionId(3)), List.of(MailAddress.of("a@ggd.example"),
                MailAddress.of("b@ggd.example")));
        assertTrue(AgendaViews.followUp(followUp).contains(">vervolg<"));
        assertEquals("nee", AgendaViews.followUp(planned(Optional.empty(), List.of())));
        assertEquals("a@ggd.example, b@ggd.example", AgendaViews.experts(followUp.experts()));
        assertEquals("geen", AgendaViews.experts(List.of()));
        assertEquals("dinsdag 15 december 2026", AgendaViews.meeting(TUESDAY));
    }

    @Test
    void theMeetingChoiceOffersOnlyTheGivenMeetingDaysWithTheirPlacesTaken() {
        List<Map.Entry<String, String>> options = AgendaViews.meetingOptions(List.of(TUESDAY, TUESDAY.plusDays(2)),
                Map.of(TUESDAY, 4, TUESDAY.plusDays(2), 1), 4);
        assertEquals(List.of("", "2026-12-15", "2026-12-17"), options.stream().map(Map.Entry::getKey).toList());
        assertEquals("di 15 dec. 2026 (vol)", options.get(1).getValue());
        assertEquals("do 17 dec. 2026 (1 van 4 bezet)", options.get(2).getValue());
    }

    @Test
    void theShortMeetingDateUsesTheDutchAbbreviations() {
        assertEquals("di 15 dec. 2026", AgendaViews.meetingShort(TUESDAY));
        assertEquals("wo 6 mei 2026", AgendaViews.meetingShort(LocalDate.of(2026, 5, 6)));
        assertEquals("ma 1 mrt. 2027", AgendaViews.meetingShort(LocalDate.of(2027, 3, 1)));
    }

    @Test
    void rowButtonsCarryTheCsrfTokenAndSayWhichRowTheyActOn() {
        Page page = new Page("/ctx", "Planning", "t0k3n");
        String button = AgendaViews.rowButton(page, "/console/voorzitter/planning/VHT-2026-0042", "Accepteren",
                "VHT-2026-0042", "primary", Map.of("actie", "accepteren", "versie", "3"));
        assertTrue(button.contains("action=\"/ctx/console/voorzitter/planning/VHT-2026-0042\""), button);
        assertTrue(button.contains("<input type=\"hidden\" name=\"csrf\" value=\"t0k3n\">"), button);
        assertTrue(button.contains("name=\"versie\" value=\"3\""), button);
        assertTrue(button.contains("Accepteren<span class=\"visually-hidden\"> VHT-2026-0042</span>"), button);
    }

    @Test
    void termsShowTheirDueDateAndStateAndOnlyOpenOnesCanBeMarkedDone() {
        Page page = new Page("", "Uitkomst", "t");
        LocalDate today = LocalDate.of(2026, 12, 21);
        AgendaViews.terms(page, "/console/deelnemer/uitkomst/VHT-2026-0042", List.of(
                new RecordedTerm(new Term(TermKind.PARENTS_REACTION, LocalDate.of(2026, 12, 22)),
                        Optional.of(Instant.parse("2026-12-18T10:00:00Z"))),
                new RecordedTerm(new Term(TermKind.RVDK_FIRST, LocalDate.of(2026, 12, 17)), Optional.empty()),
                new RecordedTerm(new Term(TermKind.INTERVENTION_TALK, LocalDate.of(2026, 12, 29)), Optional.empty())),
                today);
        String html = page.render();
        assertTrue(html.contains("gedaan op 18 december 2026"), html);
        assertTrue(html.contains(">verlopen<"), "a past due date of an open term: overdue");
        assertTrue(html.contains(">open<"));
        assertTrue(html.contains("dinsdag 29 december 2026"));
        assertEquals(2, html.split("name=\"actie\" value=\"gedaan\"", -1).length - 1, "two open terms, two buttons");
        assertTrue(html.contains("value=\"RVDK_FIRST\""));
        assertFalse(html.contains("value=\"PARENTS_REACTION\""), "a done term has no button");

        Page empty = new Page("", "Uitkomst", "t");
        AgendaViews.terms(empty, "/x", List.of(), today);
        assertTrue(empty.render().contains("Er zijn nog geen termijnen"));
    }

    @Test
    void theNewFeedsUrlIsShownReadOnlyWithTheCopyHintAndEscaped() {
        String url = AgendaViews.feedUrl("https", "vhk.example:8443", "", "abc_-123");
        assertEquals("https://vhk.example:8443/api/agenda/feed/abc_-123.ics", url);
        Page page = new Page("", "Agenda", "t");
        AgendaViews.newFeed(page, url + "\"><script>");
        String html = page.render();
        assertTrue(html.contains("value=\"https://vhk.example:8443/api/agenda/feed/abc_-123.ics&quot;&gt;&lt;script&gt;\""),
                html);
        assertTrue(html.contains(" readonly"));
        assertTrue(html.contains("maar één keer getoond"));
        assertTrue(html.contains("Ctrl+C"));
    }

    @Test
    void everyRoleTheRestApiAllowsHasTheFeedPageAndTheConsoleUserIsTheRestFeedOwner() {
        for (ConsoleRole role : ConsoleRole.values()) {
            assertTrue(Menus.of(role).stream().map(MenuItem::path).anyMatch(p -> p.equals(role.basePath()
                    + "agenda-feed")), role.name());
        }
        assertTrue(Menus.of(ConsoleRole.VOORZITTER).stream().anyMatch(i -> i.label().equals("Planning")));
        assertTrue(Menus.of(ConsoleRole.DEELNEMER).stream().anyMatch(i -> i.label().equals("Uitkomsten")));
        assertEquals("/console/voorzitter/kaarten", Menus.home(ConsoleRole.VOORZITTER), "the first page is unchanged");
        assertEquals(new FeedOwner("deelnemer", "deelnemer@roosendaal.test"), CalendarFeedServlet.owner(
                new ConsoleUser("Deelnemer@Roosendaal.test", ConsoleRole.DEELNEMER, 1, "Toegang")));
        assertEquals("beheerder:beheer", CalendarFeedServlet.owner(ConsoleUser.staff("beheer", ConsoleRole.BEHEERDER))
                .stored());
    }

    private static PlannedCase planned(Optional<SubmissionId> followUpOf, List<MailAddress> experts) {
        return new PlannedCase(new AcceptedCard(new SubmissionId(7), new SubmissionNumber(2026, 42), Optional.of(1L),
                Optional.of(2L), followUpOf, LocalDate.of(2026, 12, 3)), TUESDAY, PlanningState.PROPOSED, experts, 1);
    }
}
