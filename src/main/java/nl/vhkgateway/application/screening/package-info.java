/**
 * Screening of a card and of the mail around it: no personal data (only an initial and a birth year of the
 * jeugdige), complete, a safe Word document; with a deadline per card.
 */
package nl.vhkgateway.application.screening;
