/** Mail queued from events and sent through the mailer port with retries: invites to prospects and notes to reps. */
package dev.switchboard.outbound.mail;
