package dev.switchboard.domain.model;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a pool's reps have to accept a lead, and where an unaccepted lead ends up.
 * A lead the pool assigned and its owner did not accept within {@code acceptWithinMinutes} moves to the
 * pool's next available member; once it moved {@code maxMoves} times it escalates instead: to the rep or
 * pool named here (or, with neither, it stays where it is), marked urgent.
 */
public record AcceptSla(int acceptWithinMinutes, int maxMoves, PoolId escalateToPool, RepId escalateToRep) {

    public static final int MAX_MINUTES = 7 * 24 * 60;
    public static final int MAX_MOVES = 50;
    /** Moves before escalating when the admin names none: one more member gets a chance, then the escalation. */
    public static final int DEFAULT_MOVES = 1;

    public AcceptSla {
        if (acceptWithinMinutes < 1 || acceptWithinMinutes > MAX_MINUTES) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE,
                    "acceptWithinMinutes",
                    "acceptWithinMinutes must be between 1 and " + MAX_MINUTES);
        }
        if (maxMoves < 0 || maxMoves > MAX_MOVES) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "maxMoves", "maxMoves must be between 0 and " + MAX_MOVES);
        }
        if (escalateToPool != null && escalateToRep != null) {
            throw new InputRejected(
                    ErrorCode.INVALID_FORMAT, "escalateToPoolId", "escalate to a pool or a rep, not both");
        }
    }

    /** A deadline with the {@link #DEFAULT_MOVES default number of moves} when {@code maxMoves} is null. */
    public static AcceptSla of(int acceptWithinMinutes, Integer maxMoves, PoolId escalateToPool, RepId escalateToRep) {
        return new AcceptSla(
                acceptWithinMinutes, maxMoves == null ? DEFAULT_MOVES : maxMoves, escalateToPool, escalateToRep);
    }

    /** When a lead handed to a member at {@code start} must be accepted by. */
    public Instant deadlineFrom(Instant start) {
        return start.plus(Duration.ofMinutes(acceptWithinMinutes));
    }
}
