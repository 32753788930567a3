/**
 * The application's security vocabulary: the roles of the REST API ({@code Roles}), the
 * {@code PasswordHasher} port (implemented in infrastructure) and the cache of verified passwords.
 */
package nl.vhkgateway.application.security;
