package dev.switchboard.domain.model;

/** Why an input was rejected; stable names that clients may branch on. */
public enum ErrorCode {
    REQUIRED,
    TOO_LONG,
    INVALID_FORMAT,
    OUT_OF_RANGE,
    DUPLICATE,
    NOT_FOUND,
    /** The operator has not configured what the request needs (e.g. a Google OAuth client). */
    NOT_CONFIGURED
}
