package nl.vhkgateway.application.health;

import java.util.Objects;

/**
 * Thrown by a {@link DependencyCheck} whose dependency works but not fully: the gateway keeps serving, yet something
 * needs attention (the intake watcher waits to reconnect, a card waits too long). The component and the gateway
 * report DEGRADED (HTTP 200) with this message as the detail; it must therefore carry no personal data and no
 * server replies (reason codes, exception types and times only).
 */
public final class DegradedException extends Exception {

    private static final long serialVersionUID = 1L;

    public DegradedException(String detail) {
        super(Objects.requireNonNull(detail, "detail"));
    }
}
