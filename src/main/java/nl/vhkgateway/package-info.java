/**
 * vhk-gateway: the secure mail gateway of the VeiligheidsTeam West-Brabant West. Five layers, each a package
 * (rules checked by {@code ArchitectureTest}; the Dutch domain words are in {@code docs/glossary.md}):
 *
 * <ul>
 *   <li>{@code domain} – the card, screening rules, submissions, participants, consent (no frameworks)</li>
 *   <li>{@code application} – use cases and their ports: the generic mail flow ({@code mailflow}), card intake
 *       ({@code intake}), handover, sender verification, screening, registers</li>
 *   <li>{@code infrastructure} – adapters: persistence (JDBC/Flyway), mail (IMAP/SMTP), docx (POI), crypto (BC),
 *       security, configuration</li>
 *   <li>{@code interfaces} – the ways in: mailbox watchers, REST resources, the command-line tools</li>
 *   <li>{@code bootstrap} – builds and starts everything (CDI producers, assemblies, start-up)</li>
 * </ul>
 */
package nl.vhkgateway;
