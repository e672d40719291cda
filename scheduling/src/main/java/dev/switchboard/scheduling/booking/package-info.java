/**
 * Booking meetings: booking, rescheduling and cancelling, slots for a lead, and writing bookings to reps'
 * calendars.
 */
package dev.switchboard.scheduling.booking;
