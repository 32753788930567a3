/**
 * The gateway's log formats for java.util.logging (Payara Micro's logging): one line per event as text
 * ({@link nl.vhkgateway.infrastructure.logging.OneLineFormatter}) or JSON Lines
 * ({@link nl.vhkgateway.infrastructure.logging.JsonLineFormatter}), exceptions as a one-line summary, e-mail
 * addresses masked.
 */
package nl.vhkgateway.infrastructure.logging;
