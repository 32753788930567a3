package nl.vhkgateway.testsupport;

import nl.vhkgateway.application.mailflow.ProcessingObserver;
import nl.vhkgateway.application.mailflow.ProcessingPoint;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A crash hook: when processing reaches {@code point} for the {@code occurrence}-th time it "crashes", by throwing
 * {@link SimulatedCrash} (an Error, which the pipeline never catches) or, in a child JVM, by halting the process.
 * Thread-safe.
 */
public final class CrashAt implements ProcessingObserver {

    private final ProcessingPoint point;
    private final int occurrence;
    private final boolean halt;
    private final AtomicInteger seen = new AtomicInteger();

    private CrashAt(ProcessingPoint point, int occurrence, boolean halt) {
        this.point = point;
        this.occurrence = occurrence;
        this.halt = halt;
    }

    /** Throws {@link SimulatedCrash} the {@code occurrence}-th time {@code point} is reached. */
    public static CrashAt throwing(ProcessingPoint point, int occurrence) {
        return new CrashAt(point, occurrence, false);
    }

    /** Calls {@code Runtime.halt(HALT_STATUS)}: no shutdown hooks, no finally blocks, no connection close. */
    public static CrashAt halting(ProcessingPoint point, int occurrence) {
        return new CrashAt(point, occurrence, true);
    }

    public static final int HALT_STATUS = 77;

    @Override
    public void reached(ProcessingPoint reached) {
        if (reached == point && seen.incrementAndGet() == occurrence) {
            if (halt) {
                Runtime.getRuntime().halt(HALT_STATUS);
            }
            throw new SimulatedCrash(point);
        }
    }

    /** A crash in the same JVM: unwinds the processing without any handler recording it. */
    public static final class SimulatedCrash extends Error {
        private static final long serialVersionUID = 1L;

        SimulatedCrash(ProcessingPoint point) {
            super("simulated crash at " + point);
        }
    }
}
