/** Delivers the outbox's events to this instance's GraphQL subscribers. */
package dev.switchboard.api.events;
