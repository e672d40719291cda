package dev.switchboard.outbound.mail;

import dev.switchboard.domain.retry.Backoff;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends the mail due now: claims each (a lease, so no other instance sends it meanwhile), hands it to the
 * {@link Mailer}, and marks it sent, or retries it as the {@link Backoff} says until it is marked FAILED.
 */
public final class SendMail {

    private static final System.Logger LOG = System.getLogger(SendMail.class.getName());

    private final MailOutbox outbox;
    private final Mailer mailer;
    private final Backoff retries;
    private final Duration lease;
    private final Clock clock;
    private final String claimant = UUID.randomUUID().toString();

    /** @param lease how long a claimed mail belongs to this instance; longer than any send */
    public SendMail(MailOutbox outbox, Mailer mailer, Backoff retries, Duration lease, Clock clock) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.retries = retries;
        this.lease = lease;
        this.clock = clock;
    }

    /** Sends the mail due now, at most {@code limit}; returns how many were tried. */
    public int sendDue(int limit) {
        int tried = 0;
        while (tried < limit) {
            Instant now = clock.instant();
            Optional<MailOutbox.Claimed> claimed = outbox.claim(now, now.plus(lease), claimant);
            if (claimed.isEmpty()) {
                break;
            }
            send(claimed.get(), now);
            tried++;
        }
        return tried;
    }

    private void send(MailOutbox.Claimed claimed, Instant now) {
        try {
            mailer.send(claimed.mail());
            outbox.sent(claimed.id(), claimant);
        } catch (Mailer.NotSent e) {
            int attempts = claimed.attempts() + 1;
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Mail {0} not sent (attempt {1}): {2}",
                    claimed.id(),
                    attempts,
                    e.getMessage());
            outbox.failed(
                    claimed.id(),
                    claimant,
                    attempts,
                    retries.next(attempts, now).orElse(null),
                    e.getMessage());
        }
    }
}
