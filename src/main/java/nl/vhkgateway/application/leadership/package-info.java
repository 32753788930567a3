/**
 * Leadership of several gateway instances (issue 12): one lease with a fencing token per {@link
 * nl.vhkgateway.application.leadership.LeadershipRole role} in the database; only the leader runs the role's
 * workers, and the database refuses a worker's write that carries a stale token.
 */
package nl.vhkgateway.application.leadership;
