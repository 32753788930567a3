package nl.vhkgateway.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import nl.vhkgateway.infrastructure.crypto.TestCertificates;

/**
 * The beheerder's console, keyboard only, in Chromium against the real Payara: register a vaste deelnemer with an
 * S/MIME certificate (PEM upload) and see its subject and expiry; verify the audit chain; open the organisations,
 * errors, quarantine and health pages. Every page passes axe-core.
 */
class BeheerderConsoleIT extends ConsoleBrowserTestBase {

    @Test
    void theBeheerderAddsAParticipantWithACertificateAndVerifiesTheAuditChain() throws Exception {
        browser.login("beheerder", "demo");
        assertEquals("/console/beheer/organisaties", browser.path());
        browser.checkPage("beheer-organisaties");
        browser.press(By.linkText("Vaste deelnemers"));
        browser.checkPage("beheer-deelnemers");

        String address = "deelnemer2@roosendaal.test";
        Path pem = Files.createTempFile("deelnemer2", ".pem");
        Files.writeString(pem, TestCertificates.forAddress(address).pem());
        try {
            browser.type(By.id("naam"), "Tweede vaste deelnemer Roosendaal");
            browser.type(By.id("email"), address);
            browser.choose(By.id("organisatie"), "Toegang gemeente Roosendaal");
            browser.tabTo(By.id("certificaat")).sendKeys(pem.toAbsolutePath().toString());
            browser.press(By.cssSelector("form.form button[type=submit]"));
        } finally {
            Files.delete(pem);
        }
        String page = browser.text();
        assertTrue(page.contains("is geregistreerd met certificaat"), page);
        assertTrue(page.contains(address), page);
        assertTrue(page.contains("geldig tot"), "subject and expiry shown: " + page);

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        HttpResponse<String> consent = GATEWAY.gateway().postJson("api/consents", "deelnemer@jbb.test:demo", "{"
                + "\"caseReference\": \"VHT-2026-0901\", \"consenters\": [{\"role\": \"OUDER_MET_GEZAG\"}],"
                + " \"youthAgeGroup\": \"0-11\", \"purpose\": \"OVERDRACHT\", \"recipientType\": \"TOEGANG\","
                + " \"howGiven\": \"schriftelijk\", \"givenAt\": \"" + today + "\", \"validUntil\": \""
                + today.plusDays(10) + "\"}");
        assertEquals(201, consent.statusCode(), "an audited event, so the chain has rows: " + consent.body());
        browser.press(By.linkText("Auditlog"));
        browser.press(By.xpath("//button[text()='Keten controleren']"));
        assertTrue(browser.text().contains("De keten is intact"), browser.text());
        assertTrue(browser.text().matches("(?s).*[1-9][0-9]* regels gecontroleerd.*"), browser.text());
        browser.checkPage("beheer-audit");

        for (String[] item : new String[][] {{"Fouten", "beheer-fouten"}, {"Quarantaine", "beheer-quarantaine"},
                {"Gezondheid", "beheer-gezondheid"}}) {
            browser.press(By.linkText(item[0]));
            assertEquals(item[0], browser.h1());
            browser.checkPage(item[1]);
        }
        assertTrue(browser.text().contains("Database (MariaDB)"), browser.text());
        assertTrue(browser.text().contains("Verwerkingslussen"), browser.text());
        assertTrue(browser.text().matches("(?s).*vhk-intake-watcher\\s+(wacht op nieuwe mail \\(IMAP IDLE\\)|verwerkt"
                + "|maakt verbinding).*"), "what the intake watcher does now: " + browser.text());
        browser.logout();
    }
}
