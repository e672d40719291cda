package dev.switchboard.domain.model;

/** Why an input was rejected; stable names that clients may branch on. */
public enum ErrorCode {
    REQUIRED,
    TOO_LONG,
    INVALID_FORMAT,
    OUT_OF_RANGE,
    DUPLICATE,
    NOT_FOUND,
    /** The thing cannot be removed while others depend on it (a router a form uses). */
    IN_USE
}
