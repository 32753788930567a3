package nl.vhkgateway.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import javax.sql.DataSource;

import nl.vhkgateway.application.metrics.WorkFigures;
import nl.vhkgateway.infrastructure.persistence.JdbcWorkFigures;

/** Makes the gateway's {@link WorkFigures} (from the database) injectable for the metrics endpoint. */
@ApplicationScoped
public class MetricsProducer {

    @Inject
    DataSource dataSource;

    @Produces
    @ApplicationScoped
    WorkFigures workFigures() {
        return new JdbcWorkFigures(dataSource);
    }
}
