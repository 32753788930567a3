/**
 * Completeness rules of a card, one class per rule (required sections filled, soort inbreng one of four,
 * jeugdige named by initial and birth year, ...).
 */
package nl.vhkgateway.domain.screening.completeness;
