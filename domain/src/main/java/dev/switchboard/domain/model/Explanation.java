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
 * @param shares        under equal distribution, every member's standing in the window as the decision saw it
 *                      (empty for other strategies)
 *                      <p>
 *                      Why each earlier rule missed ({@link RuleMiss}) is not kept: it follows from the router
 *                      version and the facts above, and is worked out when someone reads the decision.
 */
public record Explanation(
        String routerId,
        int routerVersion,
        String rule,
        Qualification qualification,
        Reason reason,
        List<Candidate> candidates,
        List<Filled> enrichment,
        List<Share> shares) {

    public Explanation {
        Objects.requireNonNull(reason, "reason");
        candidates = List.copyOf(candidates);
        enrichment = enrichment == null ? List.of() : List.copyOf(enrichment);
        shares = shares == null ? List.of() : List.copyOf(shares);
    }

    /** An explanation with no equal-distribution standing. */
    public Explanation(
            String routerId,
            int routerVersion,
            String rule,
            Qualification qualification,
            Reason reason,
            List<Candidate> candidates,
            List<Filled> enrichment) {
        this(routerId, routerVersion, rule, qualification, reason, candidates, enrichment, List.of());
    }

    /**
     * One member of an equal-distribution pool in the decision's window, before the lead was counted.
     *
     * @param count       leads it took from the pool in the window
     * @param credit      leads credited to it in the window when it rejoined under fair start
     * @param share       {@code (count + credit) / weight}, to a tenth: the lowest share goes first
     * @param target      its fair load: the present members' leads and credit shared by weight, to a tenth
     * @param away        it cannot take leads now (inactive, out of office, time off ...)
     * @param rejoined    NEW when it joined the pool after the window began, RETURNING when it came back from
     *                    being away, in this decision; null otherwise
     * @param creditedNow leads this decision credited to it on rejoining (fair start), 0 otherwise
     */
    public record Share(
            RepId rep,
            int weight,
            long count,
            long credit,
            double share,
            double target,
            boolean away,
            Rejoined rejoined,
            long creditedNow) {}

    /** How a member came back into an equal-distribution window. */
    public enum Rejoined {
        NEW,
        RETURNING
    }

    /** An explanation of a decision made on the lead as submitted, nothing filled in. */
    public Explanation(
            String routerId,
            int routerVersion,
            String rule,
            Qualification qualification,
            Reason reason,
            List<Candidate> candidates) {
        this(routerId, routerVersion, rule, qualification, reason, candidates, List.of());
    }

    /** A lead field that was blank and filled before routing, e.g. industry from the account the lead's domain belongs to. */
    public record Filled(String field, String value, String source) {}

    /** A rule that did not match, and the condition that failed, in words. */
    public record RuleMiss(String rule, String failed) {}

    /**
     * @param score        the form's score plus the scoring rules' points
     * @param tier         the tier the score falls in, or null when no tiers are set
     * @param disqualified why qualification disqualified the lead, or null
     * @param appliedFrom  whose qualification screened the lead: the router version's own, or the workspace's
     */
    public record Qualification(int score, String tier, String disqualified, Screening appliedFrom) {

        public Qualification {
            appliedFrom = appliedFrom == null ? Screening.WORKSPACE : appliedFrom;
        }

        /** Screened by the workspace's qualification. */
        public Qualification(int score, String tier, String disqualified) {
            this(score, tier, disqualified, Screening.WORKSPACE);
        }
    }

    /** Whose qualification screened a lead. */
    public enum Screening {
        /** The workspace's, set with updateQualification: for every router that names none of its own. */
        WORKSPACE,
        /** The deciding router version's own. */
        ROUTER_VERSION
    }
}
