/**
 * The participant register: organisations (type, certificate) and their vaste deelnemers, with repository
 * ports.
 */
package nl.vhkgateway.domain.participant;
