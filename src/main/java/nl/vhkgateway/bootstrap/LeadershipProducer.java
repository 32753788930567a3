package nl.vhkgateway.bootstrap;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import nl.vhkgateway.application.leadership.Leadership;
import nl.vhkgateway.infrastructure.persistence.FencingDataSource;
import nl.vhkgateway.infrastructure.persistence.GatewayDataSource;
import nl.vhkgateway.infrastructure.persistence.JdbcLeaseStore;
import org.eclipse.microprofile.config.Config;

import javax.sql.DataSource;

/**
 * Produces this instance's {@link Leadership} (leases in the container's pool {@value GatewayDataSource#JNDI_NAME},
 * settings from {@link ClusterSettings}) and the application's one injectable {@code DataSource}: the pool behind a
 * {@link FencingDataSource}, so that the writes of every worker thread bound to a role are fenced and everything
 * else (REST requests, start-up) reaches the pool unchanged. A single instance runs exactly this, too.
 */
@ApplicationScoped
public class LeadershipProducer {

    @Resource(lookup = GatewayDataSource.JNDI_NAME)
    DataSource pool;

    @Inject
    Config config;

    @Produces
    @Singleton
    Leadership leadership() {
        ClusterSettings settings = ClusterSettings.read(key -> config.getOptionalValue(key, String.class));
        return new Leadership(settings.instanceId(), new JdbcLeaseStore(pool), settings.lease());
    }

    @Produces
    @Singleton
    DataSource dataSource(Leadership leadership) {
        return new FencingDataSource(pool, leadership);
    }
}
