package nl.vhkgateway.bootstrap;

import nl.vhkgateway.infrastructure.config.ConfigKey;
import nl.vhkgateway.infrastructure.config.InvalidConfigurationException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The agenda's clock: the system clock, or, for end-to-end tests and demos of the agenda moment, a clock moved by a
 * file ({@code vhk.agenda.clock-file}): the file holds an ISO-8601 instant, which the clock shows at the file's
 * modification time and runs on from there at normal speed; rewriting the file moves the clock (also of a gateway
 * that restarts). Refused unless {@code vhk.demo=true}: a production gateway never plans on a moved clock. A file
 * that cannot be read any more keeps the last value. Thread-safe.
 */
final class AgendaClock extends Clock {

    static final String KEY = ConfigKey.AGENDA_CLOCK_FILE.key();

    private final Path file;
    private final Clock system;
    private volatile Duration offset;

    private AgendaClock(Path file, Clock system) {
        this.file = file;
        this.system = system;
        this.offset = read().orElseThrow(() -> new InvalidConfigurationException(
                List.of(KEY + ": the file does not hold an ISO-8601 instant (2030-01-11T10:59:00Z)")));
    }

    static Clock of(Optional<String> file, boolean demo, Clock system) {
        Optional<String> value = file.map(String::strip).filter(s -> !s.isEmpty());
        if (value.isEmpty()) {
            return system;
        }
        if (!demo) {
            throw new InvalidConfigurationException(List.of(KEY + ": allowed only with vhk.demo=true"));
        }
        return new AgendaClock(Path.of(value.get()), system);
    }

    private Optional<Duration> read() {
        try {
            Instant shown = Instant.parse(Files.readString(file, StandardCharsets.UTF_8).strip());
            Instant written = Files.getLastModifiedTime(file).toInstant();
            return Optional.of(Duration.between(written, shown));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    @Override
    public Instant instant() {
        read().ifPresent(value -> offset = value);
        return system.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
