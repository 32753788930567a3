/**
 * The ways in: the mailbox watchers and loops, the REST API, the command-line tools. May use application and
 * domain.
 */
package nl.vhkgateway.interfaces;
