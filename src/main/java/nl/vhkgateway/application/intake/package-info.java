/**
 * Card intake: what happens to a mail with a Veiligheidskaart sent to the intake address, on top of the generic
 * {@code application.mailflow} pipeline. Sub-packages: {@code routing} (one class per step: screen, accept, refuse,
 * quarantine), {@code messages} (the Dutch answers), {@code quarantine} and {@code retention}.
 */
package nl.vhkgateway.application.intake;
