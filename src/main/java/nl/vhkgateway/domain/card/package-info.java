/**
 * The Veiligheidskaart (safety card) as read from a Word document: its sections, choices (soort inbreng,
 * consent statement), facts and dates, and the ports to read, inspect and sanitise the document.
 */
package nl.vhkgateway.domain.card;
