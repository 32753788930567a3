/**
 * REST: the audit log search and export (beheerder).
 */
package nl.vhkgateway.interfaces.rest.audit;
