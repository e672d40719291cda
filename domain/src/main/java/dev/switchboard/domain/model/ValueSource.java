package dev.switchboard.domain.model;

/** Where the value of a lead's form field came from. */
public enum ValueSource {
    /** The prospect answered it. */
    SUBMITTED,
    /** The server filled a skipped field from the account the email's domain belongs to. */
    ACCOUNT,
    /** The server filled a skipped field from an earlier lead with the same email. */
    EARLIER_LEAD
}
