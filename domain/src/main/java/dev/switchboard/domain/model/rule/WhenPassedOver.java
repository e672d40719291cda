package dev.switchboard.domain.model.rule;

/**
 * What a rule's route-to-pool action does when the pool passes every member over and has no overflow to send the
 * lead to.
 */
public enum WhenPassedOver {
    /** Try the rules after this one, in order; when none of them matches, the router's fallback decides. */
    NEXT_RULE,
    /** The router's fallback action decides. */
    FALLBACK,
    /** The lead stays unassigned (the default). */
    UNASSIGNED
}
