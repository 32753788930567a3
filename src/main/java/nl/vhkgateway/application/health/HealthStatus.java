package nl.vhkgateway.application.health;

/** Whether a dependency, or the gateway as a whole, works. */
public enum HealthStatus {
    UP,
    /** Works, but needs attention (see {@link DegradedException}); the gateway still serves (HTTP 200). */
    DEGRADED,
    DOWN
}
