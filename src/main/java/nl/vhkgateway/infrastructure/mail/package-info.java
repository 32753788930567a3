/**
 * Jakarta Mail: the IMAP mailbox (IDLE, UID MOVE), the SMTP sender and the mail server health checks.
 */
package nl.vhkgateway.infrastructure.mail;
