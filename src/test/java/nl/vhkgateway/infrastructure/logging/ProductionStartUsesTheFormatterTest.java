package nl.vhkgateway.infrastructure.logging;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production starts (container image, systemd unit) start Payara Micro the way the demo and the end-to-end tests
 * do (LogFormatIT checks that one on a running server): the formatter jar on the boot class path, {@code -jar}, and
 * the logging properties that name {@link GatewayLogFormatter}.
 */
class ProductionStartUsesTheFormatterTest {

    private static String read(String path) throws IOException {
        return Files.readString(Path.of(path), StandardCharsets.UTF_8);
    }

    @Test
    void theLoggingPropertiesNameTheGatewaysFormatter() throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(read("config/payara-logging.properties")));
        assertEquals(GatewayLogFormatter.class.getName(),
                properties.getProperty(properties.getProperty("handlers").strip() + ".formatter"));
    }

    @Test
    void theContainerImageAndTheSystemdUnitPutTheFormatterJarOnTheBootClassPath() throws IOException {
        String container = read("deploy/Containerfile");
        assertTrue(container.contains("target/vhk-gateway-logging.jar /out/"), "the image build copies the jar");
        assertTrue(container.contains("COPY --from=build /out/vhk-gateway-logging.jar /opt/vhk-gateway/vhk-gateway-logging.jar"));
        assertTrue(container.contains("\"-Xbootclasspath/a:/opt/vhk-gateway/vhk-gateway-logging.jar\", \\\n            \"-jar\""),
                "boot class path, then -jar");
        assertTrue(container.contains("\"--logproperties\", \"/opt/vhk-gateway/payara-logging.properties\""));
        String unit = read("deploy/vhk-gateway.service");
        assertTrue(unit.contains("-Xbootclasspath/a:/opt/vhk-gateway/vhk-gateway-logging.jar -jar /opt/vhk-gateway/payara-micro.jar"));
        assertTrue(unit.contains("--logproperties /opt/vhk-gateway/payara-logging.properties"));
        assertTrue(read("deploy/README.md").contains("install -m 0644 target/vhk-gateway-logging.jar"));
    }
}
