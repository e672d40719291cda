/** Relays events of stored changes whose recording a crash cut short. */
package dev.switchboard.routing.events;
