/**
 * The participant register: organisations and their vaste deelnemers (add, change, deactivate, API
 * passwords), and seeding it from a JSON file.
 */
package nl.vhkgateway.application.participant;
