package nl.vhkgateway.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.vhkgateway.domain.outbox.OutboxMessageId;
import nl.vhkgateway.domain.outbox.OutboxRepository;
import org.junit.jupiter.api.Test;

/** Mail the agenda queues on a moved clock is dated with the system time, so the dispatcher sends it now. */
class OutboxOnSystemTimeTest {

    @Test
    void addUsesTheSystemTimeAndEverythingElseIsPassedOn() {
        List<Object[]> calls = new ArrayList<>();
        OutboxRepository recording = (OutboxRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {OutboxRepository.class}, (proxy, method, args) -> {
                    calls.add(new Object[] {method.getName(), args});
                    return method.getReturnType() == List.class ? List.of() : method.getReturnType() == Optional.class
                            ? Optional.empty() : null;
                });
        Instant system = Instant.parse("2026-12-05T10:00:00Z");
        Instant agendaClock = Instant.parse("2027-03-01T08:00:00Z");
        OutboxRepository outbox = new OutboxOnSystemTime(recording, Clock.fixed(system, ZoneOffset.UTC));

        outbox.add(Optional.empty(), List.of(), agendaClock);
        outbox.markSent(new OutboxMessageId(7), agendaClock);

        assertEquals("add", calls.get(0)[0]);
        assertEquals(system, ((Object[]) calls.get(0)[1])[2], "queued at the system time");
        assertEquals("markSent", calls.get(1)[0]);
        assertEquals(agendaClock, ((Object[]) calls.get(1)[1])[1], "passed on unchanged");
    }
}
