/**
 * What the screening intake records about a submission beyond its state: route (VHT or RvdK), submission number,
 * verdicts and reason codes, and the link of a follow-up to an earlier case ({@link nl.vhkgateway.domain.intake.IntakeRecord}).
 */
package nl.vhkgateway.domain.intake;
