/**
 * Command-line tools: the screener ({@code vhk-screen.jar}) and the beheerder password hash.
 */
package nl.vhkgateway.interfaces.cli;
