package dev.switchboard.outbound;

import java.time.Duration;
import java.util.Map;

/** The receivers of webhooks, as outbound sees them: a place to post one signed delivery and hear back. */
public interface WebhookEndpoints {

    /**
     * What came of one post: the receiver's HTTP status, or the error that kept it from answering (an unreachable
     * host, a timeout, a malformed URL); exactly one of them is set.
     */
    record Answer(Integer statusCode, String error) {}

    /** Posts {@code body} as JSON with the headers given, waiting at most {@code timeout}; never throws for a receiver's fault. */
    Answer post(String url, Map<String, String> headers, String body, Duration timeout);
}
