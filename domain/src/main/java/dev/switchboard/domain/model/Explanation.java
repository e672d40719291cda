package dev.switchboard.domain.model;

import java.util.List;
import java.util.Objects;

/**
 * Why a lead went where it went, in enough detail for an admin to agree or fix the rules.
 *
 * @param routerId      the router used, or null when the lead named a pool directly
 * @param routerVersion that router's version, or 0
 * @param rule          the rule that matched, or null when the fallback (or a direct pool) decided
 * @param qualification the score and tier qualification gave the lead, and its verdict
 * @param reason        why the decision went where it went, as data (words are rendered where they are shown)
 * @param candidates    the pool members considered, in order, chosen or passed over with the reason
 * @param enrichment    the blank lead fields filled before routing, with where each value came from
 *                      <p>
 *                      Why each earlier rule missed ({@link RuleMiss}) is not kept: it follows from the router
 *                      version and the facts above, and is worked out when someone reads the decision.
 */
public record Explanation(String routerId, int routerVersion, String rule, Qualification qualification, Reason reason,
                          List<Candidate> candidates, List<Filled> enrichment) {

    public Explanation {
        Objects.requireNonNull(reason, "reason");
        candidates = List.copyOf(candidates);
        enrichment = enrichment == null ? List.of() : List.copyOf(enrichment);
    }

    /** An explanation of a decision made on the lead as submitted, nothing filled in. */
    public Explanation(String routerId, int routerVersion, String rule, Qualification qualification, Reason reason,
                       List<Candidate> candidates) {
        this(routerId, routerVersion, rule, qualification, reason, candidates, List.of());
    }

    /** A lead field that was blank and filled before routing, e.g. industry from the account the lead's domain belongs to. */
    public record Filled(String field, String value, String source) {
    }

    /** A rule that did not match, and the condition that failed, in words. */
    public record RuleMiss(String rule, String failed) {
    }

    /**
     * @param score        the form's score plus the scoring rules' points
     * @param tier         the tier the score falls in, or null when no tiers are set
     * @param disqualified why qualification disqualified the lead, or null
     */
    public record Qualification(int score, String tier, String disqualified) {
    }
}
