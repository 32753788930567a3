/**
 * Consent (toestemming) of the jeugdige and the representatives for a handover: records, roles, age groups
 * and the policy which consents are needed.
 */
package nl.vhkgateway.domain.consent;
