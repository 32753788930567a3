/**
 * The domain model, free of frameworks (no Jakarta, no other layer of the gateway; checked by
 * {@code ArchitectureTest}): value objects ({@code *Id}), aggregates, repository ports and rules.
 */
package nl.vhkgateway.domain;
