package dev.switchboard.domain.model.rule;

import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Screening before routing. Disqualifies leads from free-mail domains (when asked to), from
 * competitors' domains, and with job titles holding a keyword such as "student"; scores the rest
 * by the scoring rules and sorts the score into a tier (hot, warm, cold) that rules can test.
 *
 * @param freeMailDomains  the domains counted as free mail (the shipped list, or the admin's)
 * @param rejectFreeMail   whether a free-mail address disqualifies a lead
 * @param hotAt            the qualified score from which a lead is hot, or null for no tiers
 * @param warmAt           the qualified score from which a lead is warm (below: cold), or null
 */
public record Qualification(
        Set<String> freeMailDomains,
        boolean rejectFreeMail,
        List<String> competitorDomains,
        List<String> titleKeywords,
        List<ScoringRule> scoringRules,
        Integer hotAt,
        Integer warmAt) {

    public static final int MAX_ENTRIES = 5000;
    public static final int MAX_SCORING_RULES = 200;

    public Qualification {
        freeMailDomains = Set.copyOf(
                domains("freeMailDomains", List.copyOf(freeMailDomains == null ? Set.of() : freeMailDomains)));
        competitorDomains = domains("competitorDomains", competitorDomains);
        titleKeywords = keywords(titleKeywords);
        scoringRules = scoringRules == null ? List.of() : List.copyOf(scoringRules);
        if (scoringRules.size() > MAX_SCORING_RULES) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, "scoringRules", "at most " + MAX_SCORING_RULES + " scoring rules");
        }
        if ((hotAt == null) != (warmAt == null)) {
            throw new InputRejected(
                    ErrorCode.REQUIRED, hotAt == null ? "hotAt" : "warmAt", "tiers need both thresholds");
        }
        if (hotAt != null && hotAt <= warmAt) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "hotAt", "hot starts above warm");
        }
    }

    /** No screening at all: every lead passes with its own score. */
    public static Qualification none(Set<String> freeMailDomains) {
        return new Qualification(freeMailDomains, false, List.of(), List.of(), List.of(), null, null);
    }

    private static List<String> domains(String field, List<String> given) {
        List<String> list = given == null ? List.of() : given;
        if (list.size() > MAX_ENTRIES) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, field, "at most " + MAX_ENTRIES + " entries");
        }
        List<String> clean = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            clean.add(Account.normal(Text.required(field + "[" + i + "]", list.get(i), 253)));
        }
        return List.copyOf(new LinkedHashSet<>(clean));
    }

    private static List<String> keywords(List<String> given) {
        List<String> list = given == null ? List.of() : given;
        if (list.size() > MAX_ENTRIES) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "titleKeywords", "at most " + MAX_ENTRIES + " entries");
        }
        List<String> clean = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            clean.add(Text.required("titleKeywords[" + i + "]", list.get(i), Text.SHORT)
                    .toLowerCase(Locale.ROOT));
        }
        return List.copyOf(clean);
    }

    /** Screens and scores a lead. */
    public Result apply(LeadDetails lead) {
        String domain = lead.email().domain();
        // The domain and its parents are worked out only when a domain list is there to check them against.
        List<String> lineage = rejectFreeMail || !competitorDomains.isEmpty() ? Account.candidates(domain) : List.of();
        String disqualified = null;
        if (rejectFreeMail && lineage.stream().anyMatch(freeMailDomains::contains)) {
            disqualified = "free-mail address (" + domain + ")";
        } else if (lineage.stream().anyMatch(competitorDomains::contains)) {
            disqualified = "competitor domain (" + domain + ")";
        } else if (lead.jobTitle() != null) {
            String title = lead.jobTitle().toLowerCase(Locale.ROOT);
            for (String keyword : titleKeywords) {
                if (title.contains(keyword)) {
                    disqualified = "job title contains \"" + keyword + "\"";
                    break;
                }
            }
        }
        int score = lead.score() == null ? 0 : lead.score();
        LeadFacts unscored = LeadFacts.of(lead);
        List<String> earned = new ArrayList<>();
        for (ScoringRule rule : scoringRules) {
            if (rule.condition().holds(unscored)) {
                score += rule.points();
                earned.add(rule.name());
            }
        }
        String tier = hotAt == null ? null : score >= hotAt ? "hot" : score >= warmAt ? "warm" : "cold";
        return new Result(new LeadFacts(lead, score, tier), disqualified, earned);
    }

    /**
     * @param facts        the lead with its qualified score and tier, for the router's conditions
     * @param disqualified why the lead was disqualified, or null
     * @param earned       the scoring rules whose points the lead earned
     */
    public record Result(LeadFacts facts, String disqualified, List<String> earned) {}
}
