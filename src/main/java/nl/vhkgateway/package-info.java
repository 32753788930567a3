/**
 * vhk-gateway: the secure mail gateway of the VeiligheidsTeam West-Brabant West.
 *
 * <ul>
 *   <li>{@code domain} – the card, screening rules, submissions, participants, consent (no frameworks)</li>
 *   <li>{@code application} – use cases: intake, screening, routing, handover</li>
 *   <li>{@code infrastructure} – adapters: persistence (JDBC/Flyway), mail (IMAP/SMTP), docx (POI), crypto (BC)</li>
 *   <li>{@code interfaces} – the ways in: mailbox watchers, REST resources, the command-line screener</li>
 * </ul>
 */
package nl.vhkgateway;
