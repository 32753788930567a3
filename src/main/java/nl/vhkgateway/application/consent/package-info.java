/**
 * Recording and withdrawing consent (toestemming) for a handover: who may record it (a vaste deelnemer of
 * the organisation, or the beheerder) and the port to the participant register ({@code ParticipantDirectory}).
 */
package nl.vhkgateway.application.consent;
