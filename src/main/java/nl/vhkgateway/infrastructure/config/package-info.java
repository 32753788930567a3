/**
 * Configuration: MicroProfile Config (and the optional configuration file) read once into a validated
 * {@code GatewayConfig}; {@code ConfigKey} lists every key.
 */
package nl.vhkgateway.infrastructure.config;
