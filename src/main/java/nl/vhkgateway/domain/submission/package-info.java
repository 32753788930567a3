/**
 * The submission aggregate: a message received on the intake mailbox and its lifecycle (see {@link
 * nl.vhkgateway.domain.submission.Submission}), with its state history and repository port.
 */
package nl.vhkgateway.domain.submission;
