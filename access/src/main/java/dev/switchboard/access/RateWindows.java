package dev.switchboard.access;

import java.time.Duration;
import java.time.Instant;

/**
 * Requests counted per subject (a widget key, a client address) in fixed windows, shared by every instance, so a
 * limit holds for a client whichever instance answers it.
 */
public interface RateWindows {

    /**
     * Counts one request of {@code subject} in the window of {@code length} that starts at {@code start}, and
     * answers the count with this one included. One atomic operation: concurrent calls on any instance each get
     * their own count. A window's count is forgotten some time after it ends.
     */
    long count(String subject, Instant start, Duration length);
}
