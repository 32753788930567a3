/**
 * REST: recording and withdrawing consent (vaste deelnemer, beheerder).
 */
package nl.vhkgateway.interfaces.rest.consent;
