package nl.vhkgateway.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;

/**
 * The container-managed connection pool {@value #JNDI_NAME} to MariaDB, configured by the keys {@code vhk.db.url},
 * {@code vhk.db.user} and {@code vhk.db.password} (MicroProfile Config: configuration file or environment). The
 * injectable {@code DataSource} is this pool behind the fencing check of the leader lease (bootstrap's
 * {@code LeadershipProducer}).
 *
 * <p>Connections are validated before use, at most once per {@value #VALIDATE_AT_MOST_EVERY_SECONDS} seconds each (a
 * database restart does not leave dead connections in the pool: the first failed validation drops them all; a
 * validation on every borrow was a quarter of the intake's database round trips, issue 13), and not
 * enlisted in JTA transactions: the repositories manage their own JDBC transactions. A caller waits at most ten
 * seconds for a free connection.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = GatewayDataSource.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=vhk.db.url}",
        user = "${MPCONFIG=vhk.db.user}",
        password = "${MPCONFIG=vhk.db.password}",
        transactional = false,
        minPoolSize = 1,
        maxPoolSize = 20,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
                "fish.payara.validate-atmost-once-period-in-seconds=" + GatewayDataSource.VALIDATE_AT_MOST_EVERY_SECONDS,
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=10000"
        })
public class GatewayDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/vhk";
    /** A connection used within this many seconds is not validated again before its next use. */
    public static final String VALIDATE_AT_MOST_EVERY_SECONDS = "5";

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;
}
