package nl.vhkgateway.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;

import nl.vhkgateway.interfaces.web.view.AgendaViews;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import nl.vhkgateway.e2e.RunningGateway;
import nl.vhkgateway.testsupport.TestMail;
import nl.vhkgateway.testsupport.corpus.DemoCards;

/**
 * The agenda in the console (issue 10), keyboard only, in Chromium against the real Payara: the voorzitter sees two
 * freshly proposed cards on the Planning page, accepts one in its row, declines the other (after trying without a
 * reason; the vaste deelnemer gets the Dutch mail), is refused a move on a page that changed in between, moves and
 * invites an expert, and records the outcome whose terms appear; the vaste deelnemer of the case's organisation
 * records it too and marks a term done, the one of another organisation gets 404. Every role makes, sees and revokes
 * a calendar feed whose URL is shown once. Every page passes axe-core and is photographed at desktop and phone width.
 */
class AgendaConsoleIT extends ConsoleBrowserTestBase {

    private static final String VOORZITTER = "voorzitter:demo";
    private static final String ROOSENDAAL = "deelnemer@roosendaal.test";
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Test
    void theVoorzitterPlansWithTheKeyboardAndTheVasteDeelnemerRecordsTheOutcome() throws Exception {
        RunningGateway gateway = GATEWAY.gateway();
        Set<String> before = proposedNumbers(gateway);
        ConsoleMail.send(gateway, ROOSENDAAL, ConsoleMail.INTAKE, DemoCards.clean(), "Veiligheidskaart agenda 1");
        ConsoleMail.send(gateway, ROOSENDAAL, ConsoleMail.INTAKE, DemoCards.clean(), "Veiligheidskaart agenda 2");
        List<String> fresh = gateway.awaitValue(TIMEOUT, () -> {
            Set<String> now = proposedNumbers(gateway);
            now.removeAll(before);
            return now.size() >= 2 ? new ArrayList<>(now) : null;
        });
        String accepted = fresh.get(0);
        String declined = fresh.get(1);

        browser.login("voorzitter", "demo");
        browser.press(By.linkText("Planning"));
        assertEquals("/console/voorzitter/planning", browser.path());
        String planning = browser.text();
        assertTrue(planning.contains(accepted) && planning.contains(declined), planning);
        assertTrue(planning.contains("voorgesteld"), planning);
        assertTrue(planning.contains("plaatsen)"), planning);
        browser.checkPage("voorzitter-planning");
        browser.wholePageAtPhoneWidth("voorzitter-planning");

        browser.press(By.xpath("//button[contains(., '" + accepted + "')]"));
        assertEquals("/console/voorzitter/planning", browser.path());
        assertTrue(browser.text().contains(accepted + " staat op de agenda van "), browser.text());

        browser.press(By.linkText(declined));
        assertEquals("Inbreng " + declined, browser.h1());
        browser.press(By.xpath("//button[text()='Afwijzen']"));
        assertTrue(browser.text().contains("Controleer het formulier"), browser.text());
        assertTrue(browser.text().contains("Geef een reden op"), browser.text());
        browser.checkPage("voorzitter-planning-afwijzen-fout");
        browser.type(By.id("reden"), "De casus loopt al in het lokale overleg.");
        browser.press(By.xpath("//button[text()='Afwijzen']"));
        assertTrue(browser.text().contains(declined + " is afgewezen"), browser.text());
        assertTrue(browser.driver().findElements(By.linkText(declined)).isEmpty(), "a declined case leaves the planning");
        MimeMessage answer = gateway.awaitValue(TIMEOUT, () -> TestMail.folder(gateway.mail().greenMail(),
                ROOSENDAAL, "INBOX").stream().filter(m -> TestMail.subject(m).equals("Inbreng " + declined
                + " wordt niet besproken")).findFirst().orElse(null));
        assertTrue(TestMail.plainText(answer).contains("De casus loopt al in het lokale overleg."));

        browser.get("/console/voorzitter/planning/" + accepted);
        List<String> meetings = new Select(browser.driver().findElement(By.id("datum"))).getOptions().stream()
                .map(WebElement::getText).filter(t -> !t.startsWith("Kies") && !t.contains("(vol)")).toList();
        assertTrue(meetings.size() >= 2, meetings.toString());
        assertTrue(meetings.stream().allMatch(t -> t.startsWith("di ") || t.startsWith("do ")),
                "only meeting days (Tuesday, Thursday): " + meetings);
        // someone else changes the case after the page was built: the move is refused next to the field
        HttpResponse<String> elsewhere = gateway.postJson("api/agenda/cases/" + accepted + "/move", VOORZITTER,
                "{\"meeting\":\"" + isoDate(meetings.get(0)) + "\"}");
        assertEquals(200, elsewhere.statusCode(), elsewhere.body());
        browser.choose(By.id("datum"), meetings.get(1));
        browser.press(By.xpath("//button[text()='Verplaatsen']"));
        assertTrue(browser.text().contains("De planning is intussen gewijzigd; laad de pagina opnieuw."),
                browser.text());
        assertEquals("true", browser.driver().findElement(By.id("datum")).getAttribute("aria-invalid"));
        browser.checkPage("voorzitter-planning-gewijzigd");
        browser.wholePageAtPhoneWidth("voorzitter-planning-gewijzigd");

        browser.get("/console/voorzitter/planning/" + accepted);
        browser.choose(By.id("datum"), meetings.get(1));
        browser.press(By.xpath("//button[text()='Verplaatsen']"));
        assertTrue(browser.text().contains(accepted + " is verplaatst naar "
                + AgendaViews.meeting(isoDate(meetings.get(1)))), browser.text());
        browser.press(By.linkText(accepted));
        browser.type(By.id("expert"), "jeugdarts@ggd.test");
        browser.press(By.xpath("//button[text()='Uitnodigen']"));
        assertTrue(browser.text().contains("jeugdarts@ggd.test is uitgenodigd"), browser.text());
        browser.checkPage("voorzitter-planning-inbreng");

        browser.press(By.linkText("Uitkomst van " + accepted + " vastleggen"));
        assertEquals("Uitkomst " + accepted, browser.h1());
        browser.toggle(By.id("advies-interventiegesprek"));
        browser.type(By.id("gesprek"), "geen datum");
        browser.press(By.xpath("//button[text()='Uitkomst vastleggen']"));
        assertTrue(browser.text().contains("Vul de datum van het interventiegesprek in als datum"), browser.text());
        browser.logout();

        browser.login(ROOSENDAAL, "demo");
        browser.press(By.linkText("Uitkomsten"));
        assertTrue(browser.text().contains(accepted), browser.text());
        assertFalse(browser.text().contains(declined), "a declined case has no outcome");
        browser.press(By.linkText(accepted));
        LocalDate meeting = isoDate(meetings.get(1));
        browser.toggle(By.id("advies-interventiegesprek"));
        browser.type(By.id("gesprek"), DUTCH.format(meeting.plusDays(10)));
        browser.type(By.id("monitoring"), DUTCH.format(meeting.plusWeeks(8)));
        browser.press(By.xpath("//button[text()='Uitkomst vastleggen']"));
        String outcome = browser.text();
        assertTrue(outcome.contains("De uitkomst van " + accepted + " is vastgelegd (5 termijnen)."), outcome);
        assertTrue(outcome.contains("Reactietermijn ouders en jeugdige"), outcome);
        assertTrue(outcome.contains("Definitieve kaart naar alle deelnemers"), outcome);
        assertTrue(outcome.contains("Monitoring"), outcome);
        assertEquals(DUTCH.format(meeting.plusWeeks(8)), browser.driver().findElement(By.id("monitoring"))
                .getAttribute("value"), "the form shows what the stored terms tell");
        assertTrue(browser.driver().findElement(By.id("advies-interventiegesprek")).isSelected());
        browser.checkPage("deelnemer-uitkomst");
        browser.wholePageAtPhoneWidth("deelnemer-uitkomst");
        browser.press(By.xpath("//button[contains(., 'Reactietermijn ouders')]"));
        assertTrue(browser.text().contains("is gedaan."), browser.text());
        assertTrue(browser.text().contains("gedaan op "), browser.text());
        browser.logout();

        browser.login("deelnemer@veiligthuis.test", "demo");
        browser.get("/console/deelnemer/uitkomst/" + accepted);
        assertEquals("Pagina niet gevonden", browser.h1(), "another organisation's case is not told");
        browser.get("/console/deelnemer/uitkomst");
        assertFalse(browser.text().contains(accepted), browser.text());
        browser.logout();
    }

    @Test
    void everyRoleMakesAFeedSeesItsUrlOnceAndRevokesIt() throws Exception {
        for (String[] login : List.of(new String[] {"beheerder", "demo", "beheer"},
                new String[] {"voorzitter", "demo", "voorzitter"}, new String[] {ROOSENDAAL, "demo", "deelnemer"})) {
            browser.login(login[0], login[1]);
            browser.press(By.linkText("Agenda-feed"));
            assertEquals("/console/" + login[2] + "/agenda-feed", browser.path());
            assertEquals("Agenda in uw eigen agenda", browser.h1());
            browser.press(By.xpath("//button[text()='Nieuwe agenda-feed maken']"));
            String url = browser.tabTo(By.id("feed-adres")).getAttribute("value");
            assertTrue(url.matches("http://[^/]+/api/agenda/feed/[A-Za-z0-9_-]{43}\\.ics"), url);
            assertTrue(browser.text().contains("maar één keer getoond"), browser.text());
            HttpResponse<String> feed = fetch(url);
            assertEquals(200, feed.statusCode());
            assertTrue(feed.body().startsWith("BEGIN:VCALENDAR"), feed.body());
            if (login[2].equals("deelnemer")) {
                browser.checkPage("agenda-feed");
                browser.wholePageAtPhoneWidth("agenda-feed");
            }
            browser.get("/console/" + login[2] + "/agenda-feed");
            assertTrue(browser.driver().findElements(By.id("feed-adres")).isEmpty(), "the URL is shown only once");
            assertFalse(browser.driver().getPageSource().contains(url.substring(url.lastIndexOf('/') + 1)));
            String id = sha256(url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length()));
            browser.press(By.xpath("//form[input[@name='feed' and @value='" + id + "']]/button"));
            assertTrue(browser.text().contains("is ingetrokken: het adres werkt niet meer."), browser.text());
            assertEquals(404, fetch(url).statusCode(), "a revoked feed is gone");
            assertTrue(browser.text().contains("ingetrokken op "), browser.text());
            browser.logout();
        }
    }

    @Test
    void theBeheerderAddsAndRemovesAClosedDayWithTheKeyboard() throws Exception {
        LocalDate day = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).plusWeeks(30);
        nl.vhkgateway.domain.planning.DutchPublicHolidays holidays = new nl.vhkgateway.domain.planning.DutchPublicHolidays();
        while (day.getDayOfWeek() != java.time.DayOfWeek.TUESDAY || holidays.isHoliday(day)) {
            day = day.plusDays(1);
        }
        browser.login("beheerder", "demo");
        browser.press(By.linkText("Besprekingsdagen"));
        assertEquals("Besprekingsdagen", browser.h1());
        browser.press(By.xpath("//button[text()='Toevoegen']"));
        assertTrue(browser.text().contains("Vul de datum in."), browser.text());
        assertTrue(browser.text().contains("Kies of de dag gesloten is of een extra bespreking heeft."), browser.text());
        browser.checkPage("beheer-besprekingsdagen-fouten");
        browser.type(By.id("datum"), DUTCH.format(day));
        browser.choose(By.id("soort"), "Gesloten dag (geen bespreking)");
        browser.press(By.xpath("//button[text()='Toevoegen']"));
        String added = browser.text();
        String when = "dinsdag " + day.format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                java.util.Locale.forLanguageTag("nl")));
        assertTrue(added.contains(when + " is een gesloten dag."), added);
        assertTrue(added.contains("door beheerder op "), added);
        browser.checkPage("beheer-besprekingsdagen");
        browser.wholePageAtPhoneWidth("beheer-besprekingsdagen");

        browser.type(By.id("datum"), DUTCH.format(day.plusDays(1)));
        browser.choose(By.id("soort"), "Gesloten dag (geen bespreking)");
        browser.press(By.xpath("//button[text()='Toevoegen']"));
        assertTrue(browser.text().contains("is er geen bespreking; alleen een besprekingsdag kan gesloten worden."),
                browser.text());
        assertEquals("true", browser.driver().findElement(By.id("datum")).getAttribute("aria-invalid"));

        browser.press(By.xpath("//form[input[@name='dag' and @value='" + day + "']]/button"));
        assertTrue(browser.text().contains(when + " is verwijderd."), browser.text());
        assertTrue(browser.driver().findElements(By.xpath("//form[input[@name='dag' and @value='" + day + "']]"))
                .isEmpty(), "the day is gone");
        browser.logout();
    }

    private static Set<String> proposedNumbers(RunningGateway gateway) throws Exception {
        HttpResponse<String> list = gateway.get("api/agenda/cases?limit=200", VOORZITTER);
        assertEquals(200, list.statusCode(), list.body());
        Set<String> numbers = new TreeSet<>();
        for (JsonValue item : RunningGateway.json(list.body()).getJsonArray("items")) {
            JsonObject planned = item.asJsonObject();
            if (planned.getString("state").equals("PROPOSED")) {
                numbers.add(planned.getString("number"));
            }
        }
        return numbers;
    }

    /** The date of a meeting option ("di 15 dec. 2026 (1 van 4 bezet)"). */
    private static LocalDate isoDate(String option) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(?:di|do) (\\d{1,2}) (\\S+) (\\d{4}) \\(")
                .matcher(option);
        assertTrue(m.find(), option);
        int month = List.of("jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.",
                "dec.").indexOf(m.group(2)) + 1;
        assertTrue(month > 0, option);
        return LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
    }

    /** The feed's id towards its owner: the SHA-256 (hex) of its token (docs/agenda.md). */
    private static String sha256(String token) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }

    private static HttpResponse<String> fetch(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

}
