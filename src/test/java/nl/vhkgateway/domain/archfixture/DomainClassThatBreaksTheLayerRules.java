package nl.vhkgateway.domain.archfixture;

import jakarta.inject.Inject;
import nl.vhkgateway.infrastructure.persistence.JdbcTransactions;

/**
 * Deliberately wrong: a "domain" class that imports Jakarta and the infrastructure. It lives in the test sources, so
 * the architecture scan of the production classes never sees it; {@code ArchitectureTest} evaluates the domain rule
 * against this class alone to show that the rule does report a forbidden import. Never use it elsewhere.
 */
public final class DomainClassThatBreaksTheLayerRules {

    @Inject
    JdbcTransactions transactions;

    public Object transactions() {
        return transactions;
    }
}
