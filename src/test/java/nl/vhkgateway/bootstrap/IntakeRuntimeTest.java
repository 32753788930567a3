package nl.vhkgateway.bootstrap;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

import nl.vhkgateway.application.mailflow.RoutingPolicy;
import nl.vhkgateway.infrastructure.config.ConfigFileSource;
import nl.vhkgateway.infrastructure.config.GatewayConfig;
import nl.vhkgateway.infrastructure.config.GatewayConfigReader;
import nl.vhkgateway.bootstrap.MailflowAssembly;

/** The configuration maps onto the intake's own settings without violating their checks (no connections made). */
class IntakeRuntimeTest {

    private static GatewayConfig config(String file) {
        ConfigFileSource source = new ConfigFileSource(Optional.of(Path.of(file)));
        return GatewayConfigReader.read(key -> switch (key) {
            // the production example leaves secrets to the environment
            case "vhk.imap.password", "vhk.imap.handover.password", "vhk.smtp.password", "vhk.db.password" ->
                    Optional.of("secret from the environment");
            case "vhk.beheerder.password" -> Optional.of("a long beheerder password");
            default -> Optional.ofNullable(source.getValue(key));
        });
    }

    @Test
    void theDemoAndTheProductionConfigurationsBuildAnIntake() {
        for (String file : new String[] {"config/demo.properties", "config/production.example.properties"}) {
            RoutingPolicy routing = (submission, raw) -> {
                throw new UnsupportedOperationException("not called: nothing is processed here");
            };
            MailflowAssembly intake = IntakeRuntime.assemble(config(file), new MariaDbDataSource(), routing);

            assertFalse(intake.watcher().status().running(), file);
            assertTrue(intake.mailbox().describe().contains("veiligheidsteam@"), file);
            assertTrue(intake.sender().describe().startsWith("SMTP"), file);
        }
    }
}
