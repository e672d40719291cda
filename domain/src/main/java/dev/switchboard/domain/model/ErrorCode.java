package dev.switchboard.domain.model;

/** Why an input was rejected; stable names that clients may branch on. */
public enum ErrorCode {
    REQUIRED,
    TOO_LONG,
    INVALID_FORMAT,
    OUT_OF_RANGE,
    /** A time range spans more than the operation takes in one request (e.g. slots over more than 31 days). */
    RANGE_TOO_LONG,
    /** The time range asked about is over: it ends before now. */
    RANGE_IN_PAST,
    DUPLICATE,
    NOT_FOUND,
    /** Something still refers to what was to be deleted (a router a form routes through, a pool a router names). */
    IN_USE,
    /** The operator has not configured what the request needs (e.g. a Google OAuth client). */
    NOT_CONFIGURED,
    /** Someone claimed or accepted the queued lead first. */
    ALREADY_CLAIMED,
    /** Only the lead's current owner may do this. */
    NOT_OWNER,
    /** The rep is not a member of the pool whose queue holds the lead. */
    NOT_MEMBER,
    /** The lead does not wait in a claim queue, or waits in one taken another way (a shotgun lead is accepted). */
    NOT_CLAIMABLE,
    /** The rep is inactive or out of office. */
    UNAVAILABLE,
    /** The time asked for is not a slot the rep or pool offers (outside working hours, busy, capped). */
    SLOT_NOT_OFFERED,
    /** Someone booked the slot first; the answer carries fresh slots. */
    SLOT_TAKEN,
    /** The booking was cancelled already. */
    ALREADY_CANCELLED,
    /** Only a webhook delivery that failed for good may be replayed. */
    NOT_REPLAYABLE,
    /** The idempotency key was used before, by the same caller, for a different request. */
    IDEMPOTENCY_CONFLICT,
    /** The first call with this idempotency key is still at work; retry shortly for its result. */
    IN_PROGRESS,
    /** The answer is not one of the field's options. */
    NOT_AN_OPTION,
    /** The answer names a field the form does not have. */
    UNKNOWN_FIELD,
    /** The object changed since the version the edit was made from (expectedVersion): reload it and edit again. */
    STALE
}
