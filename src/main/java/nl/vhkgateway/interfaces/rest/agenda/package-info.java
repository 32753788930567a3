/** REST for the agenda: planned cases, the voorzitter's decisions, outcomes and terms ({@code /api/agenda/cases}). */
package nl.vhkgateway.interfaces.rest.agenda;
