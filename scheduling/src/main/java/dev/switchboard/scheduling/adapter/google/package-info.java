/** The Google Calendar adapter: consent, tokens, service accounts, busy time and event writes, with retried calls. */
package dev.switchboard.scheduling.adapter.google;
