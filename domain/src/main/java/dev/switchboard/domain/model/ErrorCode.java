package dev.switchboard.domain.model;

/** Why an input was rejected; stable names that clients may branch on. */
public enum ErrorCode {
    REQUIRED,
    TOO_LONG,
    INVALID_FORMAT,
    OUT_OF_RANGE,
    DUPLICATE,
    NOT_FOUND,
    /** Something still refers to what was to be deleted (a router a form routes through, a pool a router names). */
    IN_USE,
    /** The operator has not configured what the request needs (e.g. a Google OAuth client). */
    NOT_CONFIGURED
}
