package nl.vhkgateway.bootstrap;

import nl.vhkgateway.infrastructure.config.ConfigKey;
import nl.vhkgateway.infrastructure.config.InvalidConfigurationException;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * This instance's place in a cluster of gateways ({@code vhk.cluster.*}; README "Configuration",
 * deploy/cluster/README.md), read once at start-up; a wrong value stops the deployment. A single instance needs
 * neither key: it takes every leader lease at once.
 *
 * @param instanceId the name of this instance in the leases and in health (default host name + process id)
 * @param lease      how long a leader lease lasts without renewal
 */
public record ClusterSettings(String instanceId, Duration lease) {

    static final int MIN_LEASE_SECONDS = 3;
    static final int MAX_LEASE_SECONDS = 60;

    public static ClusterSettings read(Function<String, Optional<String>> source) {
        List<String> problems = new ArrayList<>();
        String id = source.apply(ConfigKey.CLUSTER_INSTANCE_ID.key()).map(String::strip).filter(s -> !s.isEmpty())
                .orElseGet(ClusterSettings::defaultInstanceId);
        if (id.length() > 128 || !id.matches("[\\p{Alnum}._:@-]+")) {
            problems.add(ConfigKey.CLUSTER_INSTANCE_ID.key() + " (" + ConfigKey.CLUSTER_INSTANCE_ID.environmentVariable()
                    + "): 1-128 letters, digits and . _ : @ - expected");
        }
        int seconds = 15;
        Optional<String> lease = source.apply(ConfigKey.CLUSTER_LEASE_SECONDS.key()).map(String::strip);
        if (lease.isPresent()) {
            try {
                seconds = Integer.parseInt(lease.get());
                if (seconds < MIN_LEASE_SECONDS || seconds > MAX_LEASE_SECONDS) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(ConfigKey.CLUSTER_LEASE_SECONDS.key() + " ("
                        + ConfigKey.CLUSTER_LEASE_SECONDS.environmentVariable() + "): whole seconds from "
                        + MIN_LEASE_SECONDS + " to " + MAX_LEASE_SECONDS + " expected");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new ClusterSettings(id, Duration.ofSeconds(seconds));
    }

    /** host name + "-" + process id: unique per running process on a host. */
    static String defaultInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = Optional.ofNullable(System.getenv("HOSTNAME")).orElse("gateway");
        }
        String safe = host.replaceAll("[^\\p{Alnum}._-]", "-");
        if (safe.length() > 100) {
            safe = safe.substring(0, 100);
        }
        return safe + "-" + ProcessHandle.current().pid();
    }
}
