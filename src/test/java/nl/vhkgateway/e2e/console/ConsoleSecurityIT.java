package nl.vhkgateway.e2e.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import nl.vhkgateway.e2e.RunningGateway;

/**
 * The console's protections against the real Payara: a deelnemer cannot open another organisation's consent or
 * another role's pages by changing the URL; a form without its CSRF token is refused and changes nothing; a wrong
 * password gets a Dutch message; pages carry the security headers; unknown pages get a Dutch 404 page.
 */
class ConsoleSecurityIT extends ConsoleBrowserTestBase {

    @Test
    void aDeelnemerCannotOpenAnotherOrganisationsDataOrAnotherRolesPagesByTheUrl() throws Exception {
        RunningGateway gateway = GATEWAY.gateway();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        HttpResponse<String> recorded = gateway.postJson("api/consents", "deelnemer@roosendaal.test:demo", "{"
                + "\"caseReference\": \"VHT-2026-0801\", \"consenters\": [{\"role\": \"OUDER_MET_GEZAG\"}],"
                + " \"youthAgeGroup\": \"0-11\", \"purpose\": \"OVERDRACHT\", \"recipientType\": \"VEILIG_THUIS\","
                + " \"howGiven\": \"schriftelijk\", \"givenAt\": \"" + today + "\", \"validUntil\": \""
                + today.plusDays(10) + "\"}");
        assertEquals(201, recorded.statusCode(), recorded.body());
        long roosendaalConsent = RunningGateway.json(recorded.body()).getJsonNumber("id").longValue();

        browser.login("deelnemer@veiligthuis.test", "demo");
        browser.get("/console/deelnemer/toestemming/" + roosendaalConsent);
        assertEquals("Pagina niet gevonden", browser.h1());
        assertFalse(browser.text().contains("VHT-2026-0801"), "no data of Roosendaal");
        browser.get("/console/deelnemer/toestemming");
        assertFalse(browser.text().contains("VHT-2026-0801"), "the list shows only the own organisation");
        for (String foreign : new String[] {"/console/beheer/organisaties", "/console/beheer/audit",
                "/console/voorzitter/kaarten", "/console/voorzitter/quarantaine/1"}) {
            browser.get(foreign);
            assertEquals("Geen toegang", browser.h1(), foreign);
        }
        browser.checkPage("geen-toegang");
        browser.get("/console/deelnemer/bestaat-niet");
        assertEquals("Pagina niet gevonden", browser.h1());
        browser.get("/ui");
        assertEquals("Pagina niet gevonden", browser.h1(), "Dutch 404 outside the console too");
        browser.checkPage("niet-gevonden");

        browser.get("/console/deelnemer/toestemming/nieuw");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelectorAll('main input[name=csrf]').forEach(function (e) { e.remove(); });");
        browser.type(By.id("casus"), "VHT-2026-0802");
        browser.press(By.cssSelector("form.form button[type=submit]"));
        assertEquals("Geen toegang", browser.h1());
        assertTrue(browser.text().contains("is daarom geweigerd"), browser.text());
        browser.get("/console/deelnemer/toestemming");
        assertFalse(browser.text().contains("VHT-2026-0802"), "nothing recorded without the token");
        browser.logout();
    }

    @Test
    void aWrongPasswordGetsADutchMessageAndPagesCarryTheSecurityHeaders() throws Exception {
        browser.forgetSession();
        browser.get("/console/inloggen");
        browser.type(By.id("gebruikersnaam"), "beheerder");
        browser.type(By.id("wachtwoord"), "niet-het-wachtwoord");
        browser.press(By.cssSelector("main button[type=submit]"));
        assertTrue(browser.text().contains("De gebruikersnaam of het wachtwoord klopt niet"), browser.text());
        browser.checkPage("inloggen-mislukt");

        HttpClient http = HttpClient.newHttpClient();
        URI base = GATEWAY.gateway().payara().baseUri();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(base.resolve("console/inloggen")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode());
        assertTrue(login.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(""));

        HttpResponse<String> noSession = http.send(HttpRequest.newBuilder(base.resolve("console/deelnemer/toestemming/nieuw"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("casus=VHT-2026-0803", StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(302, noSession.statusCode(), "no session: to the login page, nothing done");
        assertTrue(noSession.headers().firstValue("Location").orElse("").contains("/console/inloggen"));
        HttpResponse<String> root = http.send(HttpRequest.newBuilder(base).GET().timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, root.statusCode());
        assertTrue(root.headers().firstValue("Location").orElse("").endsWith("/console/inloggen"));
    }
}
