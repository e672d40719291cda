/** Calendar adapters of scheduling's ports, and the iCalendar reading and writing they share. */
package dev.switchboard.scheduling.adapter;
