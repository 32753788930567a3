/**
 * The screening routing of the card intake ({@code ScreeningIntakePolicy}, a
 * {@link nl.vhkgateway.application.mailflow.RoutingPolicy}), one small class per step: sender check, screening,
 * accept (to the voorzitter or the RvdK), refuse, quarantine, set aside automated mail; and how drafts become MIME.
 */
package nl.vhkgateway.application.intake.routing;
