/**
 * Adapters that implement the application's ports with real technology. Never imports interfaces or
 * bootstrap (checked by {@code ArchitectureTest}).
 */
package nl.vhkgateway.infrastructure;
