/**
 * REST: the participant register, organisations and vaste deelnemers (beheerder).
 */
package nl.vhkgateway.interfaces.rest.register;
