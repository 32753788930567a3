package nl.vhkgateway.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import nl.vhkgateway.e2e.RunningGateway;
import nl.vhkgateway.testsupport.corpus.DemoCards;

/**
 * The vaste deelnemer's console in a real Chromium against the real Payara (shared {@link RunningGateway}), with
 * the keyboard only: log in, pre-check a card with personal data and see each finding's place and masked excerpt,
 * pre-check the clean card, open the blank-card page. Every page passes axe-core and is photographed.
 */
class DeelnemerConsoleIT {

    @RegisterExtension
    static final RunningGateway.Extension GATEWAY = new RunningGateway.Extension();

    private static ConsoleBrowser browser;

    @BeforeAll
    static void open() {
        ConsoleBrowser.requireChromium();
        browser = ConsoleBrowser.open(GATEWAY.gateway().payara().baseUri().toString());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aDeelnemerPreChecksADirtyCardAndSeesEachPlaceMaskedWithTheKeyboardOnly() throws Exception {
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
}
