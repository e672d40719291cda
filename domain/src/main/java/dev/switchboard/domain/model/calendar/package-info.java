/** Reps' outside calendars: connections, events written to them, their faults, and time intervals. */
package dev.switchboard.domain.model.calendar;
