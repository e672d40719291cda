/** Whether reps are at work now, from their availability: time off, holidays and working hours, as routing asks. */
package dev.switchboard.scheduling.presence;
