package nl.vhkgateway.infrastructure.logging;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogFormattersTest {

    private static LogRecord record(Level level, String message, Throwable thrown) {
        LogRecord record = new LogRecord(level, message);
        record.setLoggerName("nl.vhkgateway.interfaces.mailbox.MailboxWatcher");
        record.setInstant(Instant.parse("2026-12-05T07:01:02.345Z"));
        record.setThrown(thrown);
        return record;
    }

    private static Throwable chain() {
        IOException root = new IOException("Connection reset");
        IllegalStateException middle = new IllegalStateException("cannot read\nthe INBOX", root);
        return new RuntimeException("pass failed for jan.jansen@roosendaal.test", middle);
    }

    @Test
    void textIsOneLineWithTimeLevelShortLoggerMessageAndTheExceptionChain() {
        String line = new OneLineFormatter().format(record(Level.WARNING, "Intake mailbox problem", chain()));
        assertTrue(line.endsWith(System.lineSeparator()));
        String body = line.substring(0, line.length() - System.lineSeparator().length());
        assertFalse(body.contains("\n") || body.contains("\r"), body);
        assertTrue(body.startsWith("2026-12-05T07:01:02.345Z WARNING MailboxWatcher: Intake mailbox problem | "
                + "RuntimeException: pass failed for j*********@roosendaal.test (at LogFormattersTest.chain:"), body);
        assertTrue(body.endsWith("; caused by IllegalStateException: cannot read\\nthe INBOX"
                + "; caused by IOException: Connection reset"), body);
        assertFalse(body.contains("jan.jansen"), "addresses are masked");
    }

    @Test
    void aMessageCannotForgeASecondLineAndParametersAreFilledIn() {
        LogRecord record = record(Level.INFO, "Submission {0} from {1}\r\n2026-01-01T00:00:00.000Z SEVERE Fake: x", null);
        record.setParameters(new Object[] {42, "a@b.nl"});
        String line = new OneLineFormatter().format(record);
        assertEquals("2026-12-05T07:01:02.345Z INFO MailboxWatcher: Submission 42 from a@b.nl\\n"
                + "2026-01-01T00:00:00.000Z SEVERE Fake: x" + System.lineSeparator(), line);
    }

    @Test
    void aLongOrCyclicCauseChainStaysShort() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        String line = new OneLineFormatter().format(record(Level.SEVERE, "x", second));
        assertTrue(line.contains("RuntimeException: second") && line.contains("caused by RuntimeException: first"));
        Throwable deep = new Exception("0");
        for (int i = 1; i <= 10; i++) {
            deep = new Exception(Integer.toString(i), deep);
        }
        String longLine = new OneLineFormatter().format(record(Level.SEVERE, "x", deep));
        assertTrue(longLine.strip().endsWith("; ..."), longLine);
    }

    @Test
    void jsonIsOneParsableObjectPerLine() {
        String line = new JsonLineFormatter().format(record(Level.WARNING, "say \"hi\"\\ to\tall", chain()));
        assertEquals(1, line.lines().count());
        JsonObject json = Json.createReader(new StringReader(line)).readObject();
        assertEquals("2026-12-05T07:01:02.345Z", json.getString("time"));
        assertEquals("WARNING", json.getString("level"));
        assertEquals("MailboxWatcher", json.getString("logger"));
        assertEquals("nl.vhkgateway.interfaces.mailbox.MailboxWatcher", json.getString("loggerName"));
        assertEquals("say \"hi\"\\ to all", json.getString("message"));
        assertTrue(json.getString("exception").startsWith("RuntimeException: pass failed for j*********@roosendaal.test"));
        assertFalse(new JsonLineFormatter().format(record(Level.INFO, "ok", null)).contains("exception"));
    }

    @Test
    void theFormatIsChosenByNameAndAnUnknownOneFailsTheStart() {
        assertTrue(LogFormat.parse(" JSON ").formatter() instanceof JsonLineFormatter);
        assertTrue(LogFormat.parse("text").formatter() instanceof OneLineFormatter);
        assertThrows(IllegalArgumentException.class, () -> LogFormat.parse("xml"));
    }

    @Test
    void theFormatterNamedInPayarasLoggingPropertiesFollowsTheSystemPropertyOrEnvironment() {
        String before = System.getProperty("vhk.log.format");
        try {
            System.setProperty("vhk.log.format", "json");
            assertTrue(new GatewayLogFormatter().format(record(Level.INFO, "ok", null)).startsWith("{\"time\":"));
            System.setProperty("vhk.log.format", "text");
            assertTrue(new GatewayLogFormatter().format(record(Level.INFO, "ok", null))
                    .startsWith("2026-12-05T07:01:02.345Z INFO MailboxWatcher: ok"));
            System.setProperty("vhk.log.format", "nonsense");
            assertEquals(LogFormat.TEXT, LogFormat.fromEnvironment(), "a formatter never fails: text");
        } finally {
            if (before == null) {
                System.clearProperty("vhk.log.format");
            } else {
                System.setProperty("vhk.log.format", before);
            }
        }
    }
}
