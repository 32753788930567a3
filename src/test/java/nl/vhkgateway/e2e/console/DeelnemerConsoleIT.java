package nl.vhkgateway.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import nl.vhkgateway.demo.DemoHandoverCard;
import nl.vhkgateway.e2e.RunningGateway;
import nl.vhkgateway.testsupport.corpus.DemoCards;

/**
 * The vaste deelnemer's console in a real Chromium against the real Payara (shared {@link RunningGateway}), with
 * the keyboard only: log in, pre-check a card with personal data and see each finding's place and masked excerpt,
 * pre-check the clean card, open the blank-card page; record a consent (after the empty form's Dutch validation
 * messages), mail a handover quoting it and see it go through; see a mailed card in Mijn inzendingen with its VHT
 * number. Every page passes axe-core and is photographed at desktop and phone width.
 */
class DeelnemerConsoleIT extends ConsoleBrowserTestBase {

    @Test
    void aDeelnemerPreChecksADirtyCardAndSeesEachPlaceMaskedWithTheKeyboardOnly() throws Exception {
        browser.forgetSession();
        browser.get("/");
        assertEquals("/console/inloggen", browser.path(), "/ leads to the console's login");
        browser.checkPage("inloggen");
        browser.login("deelnemer@roosendaal.test", "demo");
        assertEquals("/console/deelnemer/kaart-controleren", browser.path());
        assertTrue(browser.text().contains("Er wordt niets opgeslagen"));
        browser.checkPage("deelnemer-kaart-controleren");

        Path dirty = Files.createTempFile("kaart-met-gegevens", ".docx");
        Files.write(dirty, DemoCards.withPersonalData());
        try {
            browser.tabTo(By.id("kaart")).sendKeys(dirty.toAbsolutePath().toString());
            browser.press(By.cssSelector("form.form button[type=submit]"));
        } finally {
            Files.delete(dirty);
        }
        String page = browser.text();
        assertTrue(page.contains("Deze kaart zou worden geweigerd"), page);
        assertTrue(page.contains("Gevonden persoonsgegevens"), page);
        assertTrue(page.contains("Persoonsgegevens"), "the place names the card part: " + page);
        assertTrue(page.contains("*"), "excerpts are masked");
        assertFalse(page.contains("Anouk van Dijk"), "no unmasked name of the card's author on the page");
        browser.checkPage("deelnemer-kaart-geweigerd");

        Path clean = Files.createTempFile("schone-kaart", ".docx");
        Files.write(clean, DemoCards.clean());
        try {
            browser.tabTo(By.id("kaart")).sendKeys(clean.toAbsolutePath().toString());
            browser.press(By.cssSelector("form.form button[type=submit]"));
        } finally {
            Files.delete(clean);
        }
        assertTrue(browser.text().contains("De kaart is in orde"), browser.text());

        browser.press(By.linkText("Lege kaart"));
        assertEquals("Lege Veiligheidskaart", browser.h1());
        browser.checkPage("deelnemer-lege-kaart");
        browser.logout();
    }

    @Test
    void aDeelnemerRecordsAConsentWithTheKeyboardAndSeesTheHandoverGoThrough() throws Exception {
        RunningGateway gateway = GATEWAY.gateway();
        String caseReference = "VHT-2026-0701";
        browser.login("deelnemer@roosendaal.test", "demo");
        browser.press(By.linkText("Toestemming"));
        browser.checkPage("deelnemer-toestemming");
        browser.press(By.linkText("Toestemming vastleggen"));
        browser.press(By.cssSelector("form.form button[type=submit]"));
        assertTrue(browser.text().contains("Controleer het formulier"), "empty form: Dutch validation messages");
        assertTrue(browser.text().contains("Vul het casusnummer in."), browser.text());
        browser.checkPage("deelnemer-toestemming-fouten");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        browser.type(By.id("casus"), caseReference);
        browser.choose(By.id("doel"), "Overdracht aan een partner");
        browser.choose(By.id("ontvanger"), "Veilig Thuis");
        browser.toggle(By.id("instemmers-OUDER_MET_GEZAG"));
        browser.toggle(By.id("instemmers-JEUGDIGE"));
        browser.choose(By.id("leeftijd"), "12 tot 16 jaar");
        browser.type(By.id("hoe"), "mondeling tijdens huisbezoek");
        browser.type(By.id("gegeven"), DUTCH.format(today));
        browser.type(By.id("tot"), DUTCH.format(today.plusDays(30)));
        browser.press(By.cssSelector("form.form button[type=submit]"));
        String confirmation = browser.text();
        assertTrue(confirmation.contains("is vastgelegd"), confirmation);
        String consent = browser.h1().replace("Toestemming ", "").strip();
        assertTrue(consent.matches("\\d+"), browser.h1());
        browser.checkPage("deelnemer-toestemming-detail");

        ConsoleMail.send(gateway, "deelnemer@roosendaal.test", ConsoleMail.HANDOVER,
                DemoHandoverCard.create("Veilig Thuis West-Brabant", caseReference, consent), "Overdracht");
        String handovers = gateway.awaitValue(Duration.ofSeconds(40), () -> {
            browser.get("/console/deelnemer/overdrachten");
            String text = browser.text();
            return text.contains(caseReference) && text.contains("doorgestuurd") ? text : null;
        });
        assertTrue(handovers.contains("met toestemming " + consent), handovers);
        browser.checkPage("deelnemer-overdrachten");

        ConsoleMail.send(gateway, "deelnemer@roosendaal.test", ConsoleMail.INTAKE, DemoCards.clean(),
                "Veiligheidskaart");
        String submissions = gateway.awaitValue(Duration.ofSeconds(40), () -> {
            browser.get("/console/deelnemer/inzendingen");
            String text = browser.text();
            return text.contains("doorgestuurd als VHT-") ? text : null;
        });
        assertFalse(submissions.contains("Anouk"), "no card content in the list");
        browser.checkPage("deelnemer-inzendingen");
        browser.logout();
    }

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");
}
