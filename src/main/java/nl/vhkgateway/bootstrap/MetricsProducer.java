package nl.vhkgateway.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import nl.vhkgateway.application.metrics.WorkFigures;

/** Makes the gateway's {@link WorkFigures} (from the database) injectable for the metrics endpoint. */
@ApplicationScoped
public class MetricsProducer {

    @Inject
    Repositories repositories;

    @Produces
    @ApplicationScoped
    WorkFigures workFigures() {
        return repositories.workFigures();
    }
}
