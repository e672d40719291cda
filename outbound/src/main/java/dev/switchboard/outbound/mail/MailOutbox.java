package dev.switchboard.outbound.mail;

import java.time.Instant;
import java.util.Optional;

/**
 * Mail waiting to be sent, each claimed by one instance at a time through a lease, as webhook deliveries are.
 * Meetings' mail is queued through {@code domain.port.MeetingNotices}; notes through {@link #queueOnce}.
 */
public interface MailOutbox {

    /** A claimed mail: its id, the attempts made before this one, and the mail. */
    record Claimed(String id, int attempts, Mail mail) {}

    /** Queues a note due at {@code at} under {@code id}; a second call with the same id (a replayed event) queues nothing. */
    void queueOnce(String id, Mail.Note note, Instant at);

    /**
     * Takes one due mail whose lease is free and holds it for {@code claimant} until {@code until}, in one atomic step:
     * of instances claiming at once, each gets a different mail.
     */
    Optional<Claimed> claim(Instant now, Instant until, String claimant);

    /** Marks a claimed mail sent; nothing when the claim was lost. */
    void sent(String id, String claimant);

    /** Records a failed attempt: due again at {@code next}, or FAILED for good when {@code next} is null. */
    void failed(String id, String claimant, int attempts, Instant next, String error);
}
