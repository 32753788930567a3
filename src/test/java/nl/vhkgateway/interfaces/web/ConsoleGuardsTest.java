package nl.vhkgateway.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.vhkgateway.infrastructure.config.InvalidConfigurationException;
import nl.vhkgateway.interfaces.web.view.Html;
import nl.vhkgateway.interfaces.web.view.Page;
import nl.vhkgateway.interfaces.web.view.Words;
import nl.vhkgateway.testsupport.MutableClock;

/** The console's guards without a container: escaping, login throttle, pre-check rate limit, settings, dates. */
class ConsoleGuardsTest {

    @Test
    void everyValueIsEscapedForHtmlAndAttributes() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;", Html.text("<script>alert(\"x\")</script> & '"));
        Page page = new Page("", "Titel <b>", "token");
        page.input("veld", "text", "Label", "", "\"><img src=x onerror=alert(1)>", Optional.empty(), "");
        String html = page.render();
        assertFalse(html.contains("<img src=x"), html);
        assertTrue(html.contains("<title>Titel &lt;b&gt; - VHK-gateway</title>"));
    }

    @Test
    void formsCarryTheCsrfTokenAndFieldsTheirErrorMessage() {
        Page page = new Page("/ctx", "Formulier", "t0k3n");
        page.errorSummary(Map.of("casus", "Vul het casusnummer in."));
        page.formStart("/console/x", false, "form");
        page.input("casus", "text", "Casusnummer", "Uitleg", "", Optional.of("Vul het casusnummer in."), "");
        page.formEnd();
        String html = page.render();
        assertTrue(html.contains("<form method=\"post\" action=\"/ctx/console/x\""), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"csrf\" value=\"t0k3n\">"));
        assertTrue(html.contains("aria-describedby=\"casus-uitleg casus-fout\""));
        assertTrue(html.contains("aria-invalid=\"true\""));
        assertTrue(html.contains("<a href=\"#casus\">Vul het casusnummer in.</a>"));
    }

    @Test
    void theAnonymousPrecheckIsLimitedPerAddressPerHour() {
        MutableClock clock = MutableClock.atSystemTime();
        PrecheckRateLimit limit = new PrecheckRateLimit(clock);
        assertTrue(limit.tryAcquire("10.0.0.1", 2));
        assertTrue(limit.tryAcquire("10.0.0.1", 2));
        assertFalse(limit.tryAcquire("10.0.0.1", 2));
        assertTrue(limit.tryAcquire("10.0.0.2", 2));
        clock.advance(Duration.ofMinutes(61));
        assertTrue(limit.tryAcquire("10.0.0.1", 2));
    }

    @Test
    void consoleSettingsAreValidatedAsAWhole() {
        Map<String, String> values = Map.of(ConsoleSettings.VOORZITTER_PASSWORD, "kort",
                ConsoleSettings.ANONYMOUS_PRECHECK, "misschien", ConsoleSettings.ANONYMOUS_PER_HOUR, "0");
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> ConsoleSettings.read(k -> Optional.ofNullable(values.get(k)), false));
        assertEquals(3, e.problems().size(), e.problems().toString());
        ConsoleSettings demo = ConsoleSettings.read(k -> Optional.ofNullable(Map.of(ConsoleSettings.VOORZITTER_PASSWORD,
                "demo").get(k)), true);
        assertTrue(demo.voorzitter().isPresent());
        assertFalse(demo.anonymousPrecheck());
        assertEquals(5L * 1024 * 1024, demo.anonymousMaxBytes());
        assertTrue(ConsoleSettings.read(k -> Optional.empty(), false).voorzitter().isEmpty(),
                "no password: no voorzitter login");
    }

    @Test
    void datesAreReadAsTypedInTheNetherlandsOrIso() {
        assertEquals(Optional.of(LocalDate.of(2026, 12, 15)), Words.parseDate("15-12-2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 5)), Words.parseDate("5-12-2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 15)), Words.parseDate("2026-12-15"));
        assertEquals(Optional.empty(), Words.parseDate("31-02-2026"));
        assertEquals(Optional.empty(), Words.parseDate("morgen"));
    }
}
