/** Writes the iTIP invites (RFC 5546) a prospect receives about a booking. */
package dev.switchboard.scheduling.adapter.invite;
