package nl.vhkgateway.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;
import nl.vhkgateway.application.leadership.Leadership;
import nl.vhkgateway.application.leadership.LeadershipGate;
import nl.vhkgateway.application.worker.WorkerGate;
import nl.vhkgateway.application.worker.WorkerLoop;
import nl.vhkgateway.application.worker.WorkerState;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Supplier;

/**
 * Every {@link WorkerLoop} of the running gateway in one place: the {@link WorkerGate} they all ask before a round
 * (produced here: {@link LeadershipGate}, the leader of the loop's role runs it; a single instance leads them all) and the state of each loop for health and the beheerder ({@link #states()}). The
 * runtimes ({@link IntakeRuntime}, {@link HandoverRuntime}, {@link AgendaRuntime}) register their loops when they
 * start them. Thread-safe.
 */
@ApplicationScoped
public class WorkerLoops {

    private final Map<String, Supplier<WorkerState>> loops = new ConcurrentSkipListMap<>();

    @Inject
    Leadership leadership;

    /**
     * The gate of every worker loop: it runs while this instance leads the loop's role (issue 12). A single instance
     * leads every role from its start, so there this is always yes.
     */
    @Produces
    @Singleton
    WorkerGate workerGate() {
        return new LeadershipGate(leadership);
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
