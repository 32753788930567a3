/**
 * Who sent a mail: the register of vaste deelnemers, the From/Sender/envelope headers, an S/MIME signature
 * and the receiving server's Authentication-Results (DKIM/SPF/DMARC); one class per check, combined by
 * {@code SenderVerifier}. Used by the card intake and by the handover mailbox.
 */
package nl.vhkgateway.application.sender;
