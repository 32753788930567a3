/**
 * The team's calendar and terms, free of frameworks: Dutch public holidays and working days
 * ({@link nl.vhkgateway.domain.planning.WorkingDays}), the meeting calendar with capacity
 * ({@link nl.vhkgateway.domain.planning.MeetingCalendar}), planned cases and their repository, the terms that follow
 * from an outcome ({@link nl.vhkgateway.domain.planning.TermRules}) and when reminders go out. See docs/agenda.md.
 * The earliest meeting after receipt (ADR 0003) is {@link nl.vhkgateway.domain.planning.MeetingPlanner}'s.
 */
package nl.vhkgateway.domain.planning;
