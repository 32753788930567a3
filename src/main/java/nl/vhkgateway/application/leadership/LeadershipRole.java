package nl.vhkgateway.application.leadership;

import java.util.Arrays;

/**
 * The work of which exactly one gateway instance may do at a time; each role has its own lease (table
 * {@code leader_lease}, migration V16) and so its own leader. Immutable.
 */
public enum LeadershipRole {

    /** The intake mailbox: its watcher, its worker pool and its outbox dispatch loop. */
    INTAKE("intake"),
    /** The handover mailbox: its watcher and its outbox dispatch loop. */
    HANDOVER("handover"),
    /** The scheduled jobs: retention and the agenda (proposals, reminders). */
    JOBS("jobs");

    private final String key;

    LeadershipRole(String key) {
        this.key = key;
    }

    /** The role's row key in {@code leader_lease} and its name in health answers. */
    public String key() {
        return key;
    }

    public static LeadershipRole ofKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown leadership role: " + key));
    }
}
