package nl.vhkgateway.bootstrap;

import nl.vhkgateway.application.leadership.LeadershipRole;
import nl.vhkgateway.infrastructure.persistence.FencingDataSource;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;

/**
 * Thread factories for the workers of a {@link LeadershipRole}: every thread they make runs as a worker of the role,
 * so each of its database writes carries the role's fencing check ({@link FencingDataSource}). Give one to a
 * watcher, its worker pool, a dispatch loop or a scheduled job. Stateless.
 */
final class RoleThreads {

    private RoleThreads() {
    }

    static ThreadFactory of(ThreadFactory base, LeadershipRole role) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(role, "role");
        return work -> base.newThread(() -> FencingDataSource.runAs(role, work));
    }
}
