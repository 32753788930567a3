/**
 * The loops that drive the mail flows: the IMAP watcher (IDLE, polling fallback, reconnect with backoff)
 * and the outbox dispatch loop, with their status for health.
 */
package nl.vhkgateway.interfaces.mailbox;
