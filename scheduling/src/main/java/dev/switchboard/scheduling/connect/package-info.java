/** Connecting reps' calendars: CalDAV, ICS feeds, Google consent and service accounts, and disconnecting them. */
package dev.switchboard.scheduling.connect;
