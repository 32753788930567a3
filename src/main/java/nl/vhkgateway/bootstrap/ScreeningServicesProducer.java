package nl.vhkgateway.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import nl.vhkgateway.application.screening.CardScreeningService;
import nl.vhkgateway.application.screening.MailScreeningService;
import nl.vhkgateway.application.screening.ScreeningLimits;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import nl.vhkgateway.infrastructure.config.ScreeningServices;

/**
 * Makes the screener available to CDI: one {@link CardScreeningService} and one {@link MailScreeningService} for
 * the whole application (both thread-safe; produced as {@code @Dependent} references to the single instances held
 * here, because final classes cannot be proxied). Configuration (MicroProfile Config, environment variables
 * override):
 * <ul>
 *   <li>{@code vhk.screening.timeout-seconds} (default 30): deadline for screening one card;</li>
 *   <li>{@code vhk.screening.max-size-mb} (default 25): the largest card accepted for screening.</li>
 * </ul>
 * Invalid values fail the deployment with a clear message.
 */
@ApplicationScoped
public class ScreeningServicesProducer {

    @Inject
    @ConfigProperty(name = "vhk.screening.timeout-seconds", defaultValue = "30")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "vhk.screening.max-size-mb", defaultValue = "25")
    int maxSizeMegabytes;

    private CardScreeningService cards;
    private MailScreeningService mails;

    @PostConstruct
    void start() {
        ScreeningLimits limits;
        try {
            limits = new ScreeningLimits(Duration.ofSeconds(timeoutSeconds), maxSizeMegabytes * 1024L * 1024L);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("vhk.screening.timeout-seconds / vhk.screening.max-size-mb: "
                    + e.getMessage(), e);
        }
        cards = ScreeningServices.cardScreening(limits);
        mails = new MailScreeningService(cards);
    }

    @Produces
    @Dependent
    public CardScreeningService cardScreeningService() {
        return cards;
    }

    @Produces
    @Dependent
    public MailScreeningService mailScreeningService() {
        return mails;
    }

    @PreDestroy
    void stop() {
        cards.close();
    }
}
