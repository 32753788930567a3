/**
 * The Dutch texts the intake sends (receipt, refusal with fix advice, summary for the voorzitter, notices
 * for the beheerder) and their layout; no personal data of the card goes into them.
 */
package nl.vhkgateway.application.intake.messages;
