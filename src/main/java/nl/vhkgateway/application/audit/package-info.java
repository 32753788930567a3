/**
 * Export of the audit log for the beheerder (CSV, JSON lines), read-only over {@code domain.audit}.
 */
package nl.vhkgateway.application.audit;
