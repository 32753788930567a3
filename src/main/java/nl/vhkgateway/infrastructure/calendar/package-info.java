/** The agenda's calendar feed in iCalendar (RFC 5545) form, written with ical4j. */
package nl.vhkgateway.infrastructure.calendar;
