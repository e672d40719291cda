package dev.switchboard.domain.port;

import dev.switchboard.domain.model.PoolId;

/**
 * Each pool's rotation: a counter of turns taken, shared by every app instance.
 */
public interface Rotations {

    /**
     * Takes the pool's next turn and returns its number: 0 the first time, then 1, 2, ...
     * Atomic: concurrent callers, in this process or in other instances on the same database,
     * each receive a different number and no number is skipped.
     */
    long nextTurn(PoolId pool);

    /** The number of turns the pool has taken so far, without taking one. */
    long turnsTaken(PoolId pool);
}
