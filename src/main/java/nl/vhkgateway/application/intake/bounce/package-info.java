/**
 * Delivery status notifications (RFC 3464 {@code multipart/report; report-type=delivery-status}, and classic bounces
 * from MAILER-DAEMON/postmaster with an empty envelope sender) about the gateway's own outgoing mail: recognised
 * before the sender checks, tied to the outbox message, recorded and reported to the beheerder as a failed delivery.
 */
package nl.vhkgateway.application.intake.bounce;
