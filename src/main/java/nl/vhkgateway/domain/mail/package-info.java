/** Mail value objects shared by the intake, routing and handover: addresses whose toString never leaks who wrote. */
package nl.vhkgateway.domain.mail;
