/**
 * Bouncy Castle: S/MIME signatures of incoming mail and S/MIME encryption to partners; PBKDF2 password
 * hashes ({@code Pbkdf2PasswordHasher}, the application's {@code PasswordHasher}).
 */
package nl.vhkgateway.infrastructure.crypto;
