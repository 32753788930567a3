/**
 * When a card is discussed: the earliest meeting after receipt, skipping Dutch public holidays (ADR 0003).
 */
package nl.vhkgateway.domain.planning;
