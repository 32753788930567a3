package nl.vhkgateway.application.health;

/**
 * One dependency the gateway needs (database, intake mailbox, SMTP server), checked for real: a query, a login, a
 * connection. Implementations bound their own network timeouts and are thread-safe.
 */
public interface DependencyCheck {

    /** @return the name in the health report, e.g. {@code database} */
    String name();

    /**
     * Checks the dependency once.
     *
     * @throws Exception when it is not usable; the message is logged, never shown to HTTP clients
     */
    void check() throws Exception;
}
