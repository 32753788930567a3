/**
 * Shared REST helpers: JSON input and results, Dutch date-times, responses.
 */
package nl.vhkgateway.interfaces.rest.support;
