package nl.vhkgateway.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.time.Clock;

/** The application's one {@link Repositories} on the container's DataSource. */
@ApplicationScoped
public class RepositoriesProducer {

    @Inject
    DataSource dataSource;

    @Produces
    @Singleton
    Repositories repositories() {
        return new Repositories(dataSource, Clock.systemUTC());
    }
}
