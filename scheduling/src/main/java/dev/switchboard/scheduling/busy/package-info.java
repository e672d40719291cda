/** Reps' busy time read from their outside calendars, cached, for slots. */
package dev.switchboard.scheduling.busy;
