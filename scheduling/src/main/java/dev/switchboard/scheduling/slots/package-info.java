/** Finds the slots a rep or pool offers: working hours less busy time, bookings, buffers and notice. */
package dev.switchboard.scheduling.slots;
