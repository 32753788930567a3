package nl.vhkgateway.infrastructure.runtime;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.logging.Logger;

import javax.sql.DataSource;

import nl.vhkgateway.infrastructure.config.GatewayConfig;
import nl.vhkgateway.infrastructure.persistence.GatewayDataSource;
import nl.vhkgateway.infrastructure.persistence.SchemaMigration;

/**
 * Starts the gateway when the application is deployed, in this order: validate the whole configuration (an invalid
 * one fails the deployment with one message listing every problem), migrate the database schema, then start the
 * background loops (intake mailbox watcher, outbox dispatcher) on managed threads. Stops the loops cleanly on
 * undeploy or shutdown.
 *
 * <p>Runs outside container transactions ({@code NOT_SUPPORTED}): Flyway and the repositories manage their own
 * JDBC transactions. A container-managed singleton: the container serialises its lifecycle calls.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GatewayStartup {

    private static final Logger LOG = Logger.getLogger(GatewayStartup.class.getName());
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    @Inject
    GatewayConfig config;

    @Resource(lookup = GatewayDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threadFactory;

    private BackgroundWorkers workers;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        String schemaVersion = new SchemaMigration(dataSource).migrate();
        workers = new BackgroundWorkers(threadFactory, STOP_TIMEOUT);
        LOG.info(() -> "vhk-gateway started: schema " + schemaVersion + ", intake mailbox " + config.imap().describe()
                + ", SMTP " + config.smtp().describe());
    }

    @PreDestroy
    void stop() {
        if (workers != null) {
            workers.close();
        }
        LOG.info("vhk-gateway stopped");
    }
}
