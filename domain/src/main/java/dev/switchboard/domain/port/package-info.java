/** The ports the core modules reach storage, calendars and the outbox through, each with its atomicity contract. */
package dev.switchboard.domain.port;
