package nl.vhkgateway.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.vhkgateway.application.leadership.Leadership;
import nl.vhkgateway.application.leadership.LeadershipRole;
import nl.vhkgateway.application.leadership.Lease;
import nl.vhkgateway.infrastructure.persistence.JdbcClusterView;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Runs this instance's {@link Leadership}: the first round at start-up before any worker starts (so a single instance
 * leads everything at once, as before clustering), then a round every renewal interval on its own thread (renew what
 * it holds, try to take the rest); on shutdown it releases every lease at once, so that another instance takes over
 * on its next round instead of after the lease. Thread-safe.
 */
@ApplicationScoped
public class LeadershipRuntime {

    private static final Logger LOG = Logger.getLogger(LeadershipRuntime.class.getName());

    @Inject
    Leadership leadership;

    @Inject
    DataSource dataSource;

    private volatile JdbcClusterView view;
    private volatile boolean heartbeatFailing;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private Thread thread;

    /** First round now, then one per renewal interval on a thread of {@code threadFactory} (once). */
    public synchronized void start(ThreadFactory threadFactory) {
        if (thread != null) {
            throw new IllegalStateException("Leadership already runs");
        }
        view = new JdbcClusterView(dataSource);
        leadership.tick();
        heartbeat();
        long every = leadership.renewInterval().toMillis();
        thread = threadFactory.newThread(() -> {
            try {
                while (!stopped.await(every, TimeUnit.MILLISECONDS)) {
                    leadership.tick();
                    heartbeat();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        thread.setName("vhk-leadership");
        thread.start();
        LOG.info(() -> "Instance " + leadership.instanceId() + ": lease " + leadership.lease().toSeconds()
                + " s, renewed every " + leadership.renewInterval().toMillis() + " ms; leads " + leadership.snapshot());
    }

    private void heartbeat() {
        try {
            view.heartbeat(leadership.instanceId(), view.node().address());
            heartbeatFailing = false;
        } catch (RuntimeException e) {
            if (!heartbeatFailing) {
                LOG.log(Level.WARNING, "Could not record this instance in gateway_instance ("
                        + e.getClass().getSimpleName() + ")");
            }
            heartbeatFailing = true;
        }
    }

    /** What health shows of the cluster: this instance, what it leads, who leads each role, its database node. */
    public ClusterStatus status() {
        JdbcClusterView current = view == null ? new JdbcClusterView(dataSource) : view;
        Map<LeadershipRole, Boolean> leads = leadership.snapshot();
        Map<LeadershipRole, String> leaders = new EnumMap<>(LeadershipRole.class);
        for (LeadershipRole role : LeadershipRole.values()) {
            Lease lease = leadership.read(role);
            leaders.put(role, lease.currentHolder().orElse("-"));
        }
        JdbcClusterView.DatabaseNode node = current.node();
        List<JdbcClusterView.Instance> instances = current.instancesSeenWithin(
                leadership.lease().multipliedBy(2).plus(Duration.ofSeconds(5)));
        return new ClusterStatus(leadership.instanceId(), leads, leaders, node, instances);
    }

    /** The cluster as this instance sees it. */
    public record ClusterStatus(String instance, Map<LeadershipRole, Boolean> leads,
                                Map<LeadershipRole, String> leaders, JdbcClusterView.DatabaseNode databaseNode,
                                List<JdbcClusterView.Instance> instances) {
    }

    /** Whether this instance leads the role now (for the workers' gates). */
    public boolean leads(LeadershipRole role) {
        return leadership.holds(role);
    }

    public Leadership leadership() {
        return leadership;
    }

    /** Stops renewing and releases every lease (another instance takes over at once). Idempotent. */
    public synchronized void stop() {
        stopped.countDown();
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        leadership.releaseAll();
    }
}
