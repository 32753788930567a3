package nl.vhkgateway.application.health;

/** Whether a dependency, or the gateway as a whole, works. */
public enum HealthStatus {
    UP,
    DOWN
}
