/** Bookings of meetings, their status and the state of their calendar write. */
package dev.switchboard.domain.model.booking;
