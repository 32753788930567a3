/**
 * The beheerder's quarantine: cards set aside (unknown sender, screening failure) that can be released
 * or deleted.
 */
package nl.vhkgateway.application.intake.quarantine;
