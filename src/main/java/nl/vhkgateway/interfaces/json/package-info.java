/**
 * JSON of screening reports, shared by the REST API and the command-line screener.
 */
package nl.vhkgateway.interfaces.json;
