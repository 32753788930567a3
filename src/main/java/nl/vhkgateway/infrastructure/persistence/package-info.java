/**
 * JDBC repositories on MariaDB, the DataSource, Flyway migrations ({@code db/migration}) and the database
 * health check.
 */
package nl.vhkgateway.infrastructure.persistence;
