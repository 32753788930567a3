/**
 * The REST API under {@code /api} (JAX-RS): health, session, submissions and quarantine (beheerder),
 * screening; sub-packages per use case.
 */
package nl.vhkgateway.interfaces.rest;
