/**
 * Handover (overdracht) of a card with personal data to a partner organisation: reception of the mail
 * (sender, card, instructions), the consent check on receipt and again before delivery
 * ({@code HandoverAuthorisation}, {@code HandoverOutboxGuard}), composing the (S/MIME) mail to the partner, and the
 * Dutch answers. Runs on its own channel of the generic {@code application.mailflow} pipeline.
 */
package nl.vhkgateway.application.handover;
