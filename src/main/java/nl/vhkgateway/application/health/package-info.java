/**
 * The health report: one {@code DependencyCheck} per dependency (database, IMAP, SMTP, workers), run in
 * parallel with a timeout by {@code HealthMonitor}.
 */
package nl.vhkgateway.application.health;
