package nl.vhkgateway.application.leadership;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This instance's leadership of the {@link LeadershipRole roles}: {@link #tick()} (every {@link #renewInterval()}, on
 * one thread) renews the leases it holds and tries to acquire the others; {@link #releaseAll()} on a clean shutdown
 * frees them at once for another instance. A single instance acquires every role on its first tick.
 *
 * <p>{@link #holds(LeadershipRole)} answers from memory: true from a successful acquisition or renewal until
 * {@code lease - renewInterval} later by this JVM's monotonic clock (which keeps running while the process is paused,
 * e.g. by SIGSTOP). The start of that window is taken before the database call, so this instance always believes it
 * leads for a shorter time than the database grants; another instance can take over only after the database's
 * expiry. The database's fencing check on every worker write (the {@link #token fencing token}) covers what the
 * memory cannot: a process paused between the check and its write. Thread-safe.
 */
public final class Leadership {

    private static final Logger LOG = Logger.getLogger(Leadership.class.getName());

    private final String instanceId;
    private final String process;
    private final LeaseStore store;
    private final Duration lease;
    private final Duration renewInterval;
    private final LongSupplier nanoTime;
    private final Map<LeadershipRole, Held> held = new ConcurrentHashMap<>();
    private final List<BiConsumer<LeadershipRole, Boolean>> listeners = new CopyOnWriteArrayList<>();
    private final Map<LeadershipRole, Boolean> storeTrouble = new ConcurrentHashMap<>();

    private record Held(long token, long validUntilNanos) {
    }

    public Leadership(String instanceId, LeaseStore store, Duration lease) {
        this(instanceId, store, lease, System::nanoTime);
    }

    /** @param nanoTime a monotonic clock in nanoseconds (tests pass their own) */
    public Leadership(String instanceId, LeaseStore store, Duration lease, LongSupplier nanoTime) {
        this.instanceId = requireInstanceId(instanceId);
        this.process = instanceId + "/" + java.util.UUID.randomUUID().toString().substring(0, 8);
        this.store = Objects.requireNonNull(store, "store");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        if (lease.compareTo(Duration.ofSeconds(2)) < 0) {
            throw new IllegalArgumentException("The leader lease must be at least 2 seconds");
        }
        this.renewInterval = renewIntervalFor(lease);
    }

    /** A fifth of the lease, at least 400 ms: the leader renews four times before another could take over. */
    public static Duration renewIntervalFor(Duration lease) {
        Duration fifth = lease.dividedBy(5);
        return fifth.compareTo(Duration.ofMillis(400)) < 0 ? Duration.ofMillis(400) : fifth;
    }

    public String instanceId() {
        return instanceId;
    }

    /**
     * This process: the instance id with a suffix of this start. Claims record it, so that a restarted instance with
     * the same id is a different claimant, and a running one never takes over its own older claims at once.
     */
    public String process() {
        return process;
    }

    public Duration lease() {
        return lease;
    }

    public Duration renewInterval() {
        return renewInterval;
    }

    /** Called with (role, true) when this instance became the leader of the role and (role, false) when it lost it. */
    public void onChange(BiConsumer<LeadershipRole, Boolean> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** One round: renew what this instance holds, try to acquire the rest. Never throws for a database failure. */
    public void tick() {
        for (LeadershipRole role : LeadershipRole.values()) {
            try {
                tick(role);
                if (storeTrouble.remove(role) != null) {
                    LOG.info(() -> "Leader lease of " + role.key() + " reachable again");
                }
            } catch (RuntimeException e) {
                if (storeTrouble.put(role, Boolean.TRUE) == null) {
                    LOG.warning(() -> "Leader lease of " + role.key() + " could not be read or renewed ("
                            + e.getClass().getSimpleName() + "); " + (holds(role)
                            ? "this instance stops leading when its lease runs out" : "trying again"));
                }
                LOG.log(Level.FINE, "lease " + role.key(), e);
            }
        }
    }

    private void tick(LeadershipRole role) {
        long before = nanoTime.getAsLong();
        Held current = held.get(role);
        if (current != null) {
            if (store.renew(role, instanceId, current.token(), lease)) {
                held.put(role, new Held(current.token(), validUntil(before)));
                return;
            }
            held.remove(role, current);
            LOG.warning(() -> "Lost the leadership of " + role.key() + " (fencing token " + current.token()
                    + "): another instance took it over");
            notify(role, false);
        }
        Optional<Long> token = store.tryAcquire(role, instanceId, lease);
        if (token.isPresent()) {
            held.put(role, new Held(token.get(), validUntil(before)));
            LOG.info(() -> "This instance (" + instanceId + ") leads " + role.key() + " now (fencing token "
                    + token.get() + ")");
            notify(role, true);
        }
    }

    private long validUntil(long startNanos) {
        return startNanos + lease.minus(renewInterval).toNanos();
    }

    /** True while this instance may act as the role's leader (from memory; see the class comment). */
    public boolean holds(LeadershipRole role) {
        return token(role).isPresent();
    }

    /** The fencing token of the role while this instance holds it (from memory); empty otherwise. */
    public Optional<Long> token(LeadershipRole role) {
        Held current = held.get(role);
        if (current == null || nanoTime.getAsLong() - current.validUntilNanos() >= 0) {
            return Optional.empty();
        }
        return Optional.of(current.token());
    }

    /**
     * Asks the database, not only memory, whether this instance still holds a current lease of the role: for the
     * moment right before an effect the database cannot fence, such as an SMTP delivery.
     */
    public boolean confirm(LeadershipRole role) {
        Optional<Long> token = token(role);
        return token.isPresent() && store.holds(role, instanceId, token.get());
    }

    /** Frees every lease this instance holds at once (clean shutdown); another instance takes over on its next tick. */
    public void releaseAll() {
        for (Map.Entry<LeadershipRole, Held> entry : Map.copyOf(held).entrySet()) {
            held.remove(entry.getKey());
            try {
                store.release(entry.getKey(), instanceId, entry.getValue().token());
                LOG.info(() -> "Released the leadership of " + entry.getKey().key());
            } catch (RuntimeException e) {
                LOG.warning(() -> "Could not release the lease of " + entry.getKey().key() + " ("
                        + e.getClass().getSimpleName() + "); it expires within " + lease.toSeconds() + " s");
            }
            notify(entry.getKey(), false);
        }
    }

    /** Per role: whether this instance leads it now (from memory). */
    public Map<LeadershipRole, Boolean> snapshot() {
        Map<LeadershipRole, Boolean> view = new EnumMap<>(LeadershipRole.class);
        for (LeadershipRole role : LeadershipRole.values()) {
            view.put(role, holds(role));
        }
        return view;
    }

    /** The database's view of the role's lease (for health and the cluster view). */
    public Lease read(LeadershipRole role) {
        return store.read(role);
    }

    private void notify(LeadershipRole role, boolean leads) {
        for (BiConsumer<LeadershipRole, Boolean> listener : listeners) {
            try {
                listener.accept(role, leads);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A leadership listener failed", e);
            }
        }
    }

    private static String requireInstanceId(String value) {
        Objects.requireNonNull(value, "instanceId");
        if (value.isBlank() || value.length() > 128) {
            throw new IllegalArgumentException("The instance id must be 1-128 characters");
        }
        return value;
    }
}
