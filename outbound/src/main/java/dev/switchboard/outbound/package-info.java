/**
 * Outbound events: the outbox's fan-out, webhooks and their signed deliveries with retries, in plain Java behind
 * ports of its own.
 */
package dev.switchboard.outbound;
