package nl.vhkgateway.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.vhkgateway.application.worker.WorkerGate;
import nl.vhkgateway.application.worker.WorkerLoop;
import nl.vhkgateway.application.worker.WorkerState;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;

/**
 * Every {@link WorkerLoop} of the running gateway in one place: the {@link WorkerGate} they all ask before a round
 * (produced here: the single-instance gateway's {@link WorkerGate#ALWAYS}; leadership for high availability replaces
 * this one producer method) and the state of each loop for health and the beheerder ({@link #states()}). The
 * runtimes ({@link IntakeRuntime}, {@link HandoverRuntime}, {@link AgendaRuntime}) register their loops when they
 * start them. Thread-safe.
 */
@ApplicationScoped
public class WorkerLoops {

    private final Map<String, Supplier<WorkerState>> loops = new ConcurrentSkipListMap<>();

    /** The gate of every worker loop. */
    @Produces
    @Singleton
    WorkerGate workerGate() {
        return WorkerGate.ALWAYS;
    }

    /** Makes a loop's state visible in {@link #states()}; a loop of the same name replaces the earlier one. */
    public void register(String name, Supplier<WorkerState> state) {
        loops.put(name, state);
    }

    /** The state of every registered loop, by name. */
    public List<WorkerState> states() {
        return loops.values().stream().map(Supplier::get).toList();
    }
}
