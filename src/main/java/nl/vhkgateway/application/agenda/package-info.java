/**
 * The agenda's use cases: proposing accepted cards for a meeting and the voorzitter's decisions
 * ({@link nl.vhkgateway.application.agenda.PlanningService}), outcomes and terms
 * ({@link nl.vhkgateway.application.agenda.TermService}), and the exactly-once reminders and weekly overview
 * ({@link nl.vhkgateway.application.agenda.ReminderService}). See docs/agenda.md.
 */
package nl.vhkgateway.application.agenda;
