package dev.switchboard.routing.explain;

import dev.switchboard.domain.model.CompanyProfile;
import dev.switchboard.domain.model.Explanation;
import dev.switchboard.domain.model.Explanation.RuleMiss;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.LeadFacts;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.RuleMatch;
import dev.switchboard.domain.port.Routers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why each rule before the one that decided missed, in words. A decision does not store this: it is
 * worked out again, when someone reads it, from what the decision recorded (the router version, the
 * values enrichment filled in, the qualified score and tier) and the lead as submitted. Rules are pure
 * functions of those facts and router versions never change, so the words are the ones the decision
 * would have written, and a lead routed past 200 rules costs a stored decision no more than one routed
 * by the first.
 */
public final class ExplainMisses {

    /** A decision to explain: its explanation and the lead as it was submitted. */
    public record Decided(Explanation explanation, LeadDetails lead) {}

    private final Routers routers;

    public ExplainMisses(Routers routers) {
        this.routers = routers;
    }

    /**
     * The misses of each decision, in the order given; reads each router version once.
     * A decision made without a router, or by a version no longer stored, has none.
     */
    public List<List<RuleMiss>> explain(List<Decided> decisions) {
        Map<String, Optional<Router>> versions = new HashMap<>();
        List<List<RuleMiss>> explained = new ArrayList<>(decisions.size());
        for (Decided decided : decisions) {
            Explanation explanation = decided.explanation();
            if (explanation.routerId() == null || explanation.qualification().disqualified() != null) {
                explained.add(List.of());
                continue;
            }
            Optional<Router> router = versions.computeIfAbsent(
                    explanation.routerId() + ":" + explanation.routerVersion(),
                    key -> routers.version(new RouterId(explanation.routerId()), explanation.routerVersion()));
            explained.add(router.map(r -> misses(r, asDecided(decided))).orElse(List.of()));
        }
        return explained;
    }

    /** The misses of a decision just made from {@code facts}, for a caller that has them at hand (a simulation). */
    public static List<RuleMiss> misses(Router router, LeadFacts facts) {
        RuleMatch match = router.match(facts);
        List<RuleMiss> misses = new ArrayList<>();
        match.misses()
                .forEach(miss ->
                        misses.add(new RuleMiss(miss.ruleName(), miss.verdict().explain(facts))));
        return misses;
    }

    /** The facts the decision saw: the lead with what enrichment filled, scored and tiered as qualification left it. */
    private static LeadFacts asDecided(Decided decided) {
        Explanation explanation = decided.explanation();
        LeadDetails details = decided.lead();
        if (!explanation.enrichment().isEmpty()) {
            details = details.filledFrom(profile(explanation.enrichment()));
        }
        return new LeadFacts(
                details,
                explanation.qualification().score(),
                explanation.qualification().tier());
    }

    private static CompanyProfile profile(List<Explanation.Filled> filled) {
        Map<String, String> values = new HashMap<>();
        filled.forEach(f -> values.put(f.field(), f.value()));
        return new CompanyProfile(
                "decision",
                values.get("company"),
                values.get("industry"),
                values.containsKey("employees") ? Integer.valueOf(values.get("employees")) : null,
                values.containsKey("annualRevenue") ? new BigDecimal(values.get("annualRevenue")) : null,
                values.get("country"));
    }
}
