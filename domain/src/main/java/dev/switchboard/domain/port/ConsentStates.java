package dev.switchboard.domain.port;

import dev.switchboard.domain.model.RepId;
import java.time.Instant;
import java.util.Optional;

/**
 * Single-use tokens that carry a rep through an outside consent page and back (the OAuth 2.0 {@code state}),
 * so that a code coming back is only ever accepted for the rep it was asked for, once, and not too late.
 */
public interface ConsentStates {

    /** Remembers {@code state} as issued for {@code rep}, good until {@code expiresAt}. */
    void issue(String state, RepId rep, Instant expiresAt);

    /**
     * Takes the state: the rep it was issued for when it exists and has not expired at {@code now}, empty
     * otherwise. Atomic: of any number of concurrent takes of one state, at most one gets the rep; the
     * state is gone afterwards.
     */
    Optional<RepId> take(String state, Instant now);
}
