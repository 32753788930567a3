/**
 * Jakarta Security: HTTP Basic authentication and the identity stores of the beheerder and the vaste
 * deelnemers.
 */
package nl.vhkgateway.infrastructure.security;
