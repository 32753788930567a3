/**
 * The handover rule: which organisation may hand a card over to which
 * ({@code PermittedHandoverSpecification}, {@code PermittedRoute}) and the decision with its refusal reasons.
 */
package nl.vhkgateway.domain.handover;
