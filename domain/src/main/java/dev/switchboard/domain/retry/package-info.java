/** The one retry policy (exponential backoff with jitter and a cap) every retried outside call uses. */
package dev.switchboard.domain.retry;
