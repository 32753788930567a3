package nl.vhkgateway.bootstrap;

import nl.vhkgateway.infrastructure.config.ConfigKey;
import nl.vhkgateway.infrastructure.config.InvalidConfigurationException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The agenda's clock: the system clock, or, for end-to-end tests and demos of the agenda moment, a clock that starts
 * at {@code vhk.agenda.clock-start} when the gateway starts and runs on at normal speed. Refused unless
 * {@code vhk.demo=true}: a production gateway never plans on a moved clock. Stateless.
 */
final class AgendaClock {

    static final String KEY = ConfigKey.AGENDA_CLOCK_START.key();

    private AgendaClock() {
    }

    static Clock of(Optional<String> start, boolean demo, Clock system) {
        Optional<String> value = start.map(String::strip).filter(s -> !s.isEmpty());
        if (value.isEmpty()) {
            return system;
        }
        if (!demo) {
            throw new InvalidConfigurationException(List.of(KEY + ": allowed only with vhk.demo=true"));
        }
        try {
            Instant at = Instant.parse(value.get());
            return Clock.offset(system, Duration.between(system.instant(), at));
        } catch (DateTimeParseException e) {
            throw new InvalidConfigurationException(List.of(KEY + ": not an ISO-8601 instant (2026-12-04T10:59:00Z)"));
        }
    }
}
