package nl.vhkgateway.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The running Payara Micro (started as the demo and production start it: {@code vhk-gateway-logging.jar} on the
 * class path, {@code config/payara-logging.properties}) logs one line per event in the gateway's text format, from
 * its first line on, and never a multi-line stack trace.
 */
class LogFormatIT {

    @RegisterExtension
    static final RunningGateway.Extension GATEWAY = new RunningGateway.Extension();

    private static final Pattern TEXT_LINE =
            Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z (SEVERE|WARNING|INFO|CONFIG|FINE|FINER|FINEST) \\S+: .*");

    @Test
    void payaraLogsOneLinePerEventInTheGatewaysFormat() throws Exception {
        List<String> lines = Files.readAllLines(GATEWAY.gateway().payara().logFile(), StandardCharsets.UTF_8);
        assertTrue(lines.size() > 10, "the server has logged its start");
        assertTrue(TEXT_LINE.matcher(lines.get(0)).matches(), "Payara's first line: " + lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> TEXT_LINE.matcher(l).matches()
                && l.contains(" INFO GatewayStartup: vhk-gateway started")), "the gateway's start line");
        int started = 0;
        while (!lines.get(started).contains("GatewayStartup: vhk-gateway started")) {
            started++;
        }
        List<String> boot = lines.subList(0, started + 1);
        assertFalse(boot.stream().anyMatch(l -> l.startsWith("\tat ") || l.startsWith("Caused by:")),
                "no multi-line stack traces while starting");
        assertFalse(boot.stream().anyMatch(l -> l.contains("Unable to reset the log manager")),
                "the formatter was found on the class path");
        assertTrue(boot.stream().filter(l -> l.contains("PayaraMicro") || l.contains("GatewayStartup"))
                .allMatch(l -> TEXT_LINE.matcher(l).matches()), "Payara's and the gateway's lines in the format");
    }
}
