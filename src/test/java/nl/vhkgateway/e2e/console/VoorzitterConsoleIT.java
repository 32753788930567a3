package nl.vhkgateway.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import nl.vhkgateway.e2e.RunningGateway;
import nl.vhkgateway.testsupport.corpus.DemoCards;

/**
 * The voorzitter's console, keyboard only, in Chromium against the real Payara: a card mailed by a vaste deelnemer
 * appears under its meeting date with its history; a mail from an unknown sender is in quarantine and the
 * voorzitter releases it with a reason (after trying without one). Every page passes axe-core.
 */
class VoorzitterConsoleIT extends ConsoleBrowserTestBase {

    @Test
    void theVoorzitterSeesCardsPerMeetingAndReleasesAQuarantinedMail() throws Exception {
        RunningGateway gateway = GATEWAY.gateway();
        ConsoleMail.send(gateway, "deelnemer@veiligthuis.test", ConsoleMail.INTAKE, DemoCards.clean(),
                "Veiligheidskaart");
        ConsoleMail.send(gateway, "toegang@roosendaal.test", ConsoleMail.INTAKE, DemoCards.clean(),
                "Kaart van een onbekende afzender");

        browser.login("voorzitter", "demo");
        assertEquals("/console/voorzitter/kaarten", browser.path());
        String cards = gateway.awaitValue(Duration.ofSeconds(40), () -> {
            browser.get("/console/voorzitter/kaarten");
            String text = browser.text();
            return text.contains("Vergadering ") && text.contains("VHT-") ? text : null;
        });
        assertTrue(cards.contains("kaarten)") || cards.contains("kaart)"), cards);
        browser.checkPage("voorzitter-kaarten");
        browser.press(By.cssSelector("main table a"));
        assertTrue(browser.text().contains("Geschiedenis"), browser.text());
        assertTrue(browser.text().contains("kaart in orde"), browser.text());
        browser.checkPage("voorzitter-inzending");

        gateway.awaitValue(Duration.ofSeconds(40), () -> {
            browser.get("/console/voorzitter/quarantaine");
            return browser.text().contains("onbekende afzender") ? true : null;
        });
        browser.checkPage("voorzitter-quarantaine");
        browser.press(By.cssSelector("main table a"));
        String entry = browser.h1();
        browser.press(By.xpath("//button[text()='Vrijgeven']"));
        assertTrue(browser.text().contains("Kies een reden."), "a release needs a reason");
        browser.checkPage("voorzitter-quarantaine-reden");
        browser.choose(By.id("reden-vrijgeven"), "Het is een echte inzending");
        browser.press(By.xpath("//button[text()='Vrijgeven']"));
        assertEquals("/console/voorzitter/quarantaine", browser.path());
        assertTrue(browser.text().contains("is vrijgegeven en wordt opnieuw verwerkt"), browser.text());
        assertTrue(entry.startsWith("Inzending "), entry);
        browser.logout();
    }
}
