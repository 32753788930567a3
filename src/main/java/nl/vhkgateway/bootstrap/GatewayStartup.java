package nl.vhkgateway.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.util.logging.Logger;

import javax.sql.DataSource;

import java.util.Optional;

import nl.vhkgateway.infrastructure.config.GatewayConfig;
import nl.vhkgateway.infrastructure.config.MigrationLogin;
import nl.vhkgateway.infrastructure.logging.LogFormat;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import nl.vhkgateway.infrastructure.persistence.FlywayMigrator;

/**
 * Starts the gateway when the application is deployed, in this order: switch the server's log lines to the gateway's
 * format ({@code vhk.log.format}, {@link LogFormat}), validate the whole configuration (an invalid
 * one fails the deployment with one message listing every problem), migrate the database schema (Flyway), fire
 * {@link SchemaMigrated} (seeding, synchronously), take the leader leases that are free ({@link LeadershipRuntime}: all of
 * them for a single instance), then start the intake loops (mailbox watcher, outbox dispatcher) on managed threads. Stops the loops cleanly on
 * undeploy or shutdown.
 *
 * <p>Runs outside container transactions ({@code NOT_SUPPORTED}): Flyway and the repositories manage their own
 * JDBC transactions, and a migration inside a JTA transaction fails on the XA-capable MariaDB DataSource. A
 * container-managed singleton: the container serialises its lifecycle calls.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GatewayStartup {

    private static final Logger LOG = Logger.getLogger(GatewayStartup.class.getName());

    @Inject
    GatewayConfig config;

    @Inject
    DataSource dataSource;

    @Inject
    Config mpConfig;

    @Inject
    IntakeRuntime intake;

    @Inject
    HandoverRuntime handover;

    @Inject
    LeadershipRuntime leadership;

    @Inject
    Event<SchemaMigrated> schemaMigrated;

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    @ConfigProperty(name = "vhk.log.format", defaultValue = "text")
    String logFormat;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        LogFormat format = LogFormat.parse(logFormat);
        int handlers = format.install();
        LOG.info(() -> "Log format " + format.name().toLowerCase(java.util.Locale.ROOT) + " on " + handlers
                + " handler(s)");
        Optional<MigrationLogin> migrationLogin = MigrationLogin.read(key -> mpConfig.getOptionalValue(key, String.class));
        FlywayMigrator migrator = migrationLogin
                .map(login -> FlywayMigrator.asMigrationUser(config.database().url(), login.user(),
                        login.password().reveal(), login.runtimeRole()))
                .orElseGet(() -> new FlywayMigrator(dataSource));
        int applied = migrator.migrate();
        // a role gained later (another instance died or stood down) wakes its loops at once instead of at their next look
        leadership.leadership().onChange((role, leads) -> {
            if (leads && role == nl.vhkgateway.application.leadership.LeadershipRole.INTAKE) {
                intake.wakeUp();
            }
        });
        leadership.start(threadFactory);
        schemaMigrated.fire(new SchemaMigrated(applied));
        intake.start(threadFactory);
        handover.start(threadFactory);
        LOG.info(() -> "vhk-gateway started" + (config.demo() ? " in DEMO MODE" : ""));
    }

    @PreDestroy
    void stop() {
        handover.stop();
        intake.stop();
        leadership.stop(); // after the workers: hands the roles over at once
        LOG.info("vhk-gateway stopped");
    }
}
