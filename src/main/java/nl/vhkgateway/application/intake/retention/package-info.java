/**
 * Retention: removes the raw mail and the card of handled submissions when they fall due
 * ({@code vhk.retention.days}); metadata, decisions and audit stay.
 */
package nl.vhkgateway.application.intake.retention;
