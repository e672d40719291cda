package dev.switchboard.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What a lead sent with a widget key must satisfy before it is stored: it goes to the key's own form (never
 * to another form or straight to a pool), the honeypot field people never see is empty, and the form was on
 * screen at least the minimum fill time. A submission that fails the last two is refused with
 * {@code SUBMISSION_REJECTED}, stores nothing, and does not say which check failed.
 * Submissions by other callers (admins, API keys) are not checked.
 */
public class WidgetSubmissions {

    private final Clock clock;
    private final Duration minimumFillTime;

    /** @param minimumFillTime a widget lead submitted sooner than this after the form was shown is a bot's */
    public WidgetSubmissions(Clock clock, Duration minimumFillTime) {
        this.clock = clock;
        this.minimumFillTime = minimumFillTime;
    }

    public void check(Caller caller, String formId, String poolId, String honeypot, Instant startedAt) {
        if (!(caller instanceof Caller.Widget widget)) {
            return;
        }
        if (poolId != null || !widget.formId().value().equals(formId)) {
            throw new Refused("FORBIDDEN", "a widget key submits leads to its own form only");
        }
        boolean filledByBot = honeypot != null && !honeypot.isEmpty();
        boolean tooFast = startedAt == null || clock.instant().isBefore(startedAt.plus(minimumFillTime));
        if (filledByBot || tooFast) {
            throw new Refused("SUBMISSION_REJECTED", "the submission was not accepted");
        }
    }
}
