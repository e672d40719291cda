package dev.switchboard.routing.strategy;

import dev.switchboard.domain.model.Candidate.Skip;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.rule.Compare;
import dev.switchboard.domain.model.rule.Condition;
import dev.switchboard.domain.model.rule.Group;
import dev.switchboard.domain.model.rule.InTerritory;
import dev.switchboard.domain.model.rule.LeadFacts;
import dev.switchboard.domain.model.rule.LeadField;
import dev.switchboard.domain.model.rule.Territory;
import dev.switchboard.domain.model.rule.Verdict;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Whether a pool member's filter admits a lead, and when not, the condition that failed, as data. */
final class MemberFilters {

    private MemberFilters() {}

    /** {@code FILTERED_OUT} naming the failed condition, or null when the member has no filter or the lead passes it. */
    static Skip skip(PoolMember member, LeadFacts lead) {
        if (lead == null || !(member.filter() instanceof Condition filter)) {
            return null;
        }
        Verdict verdict = filter.evaluate(lead);
        return verdict.holds() ? null : Skip.filteredOut(failed(verdict.decisive()));
    }

    private static Map<String, Object> failed(Condition decisive) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (decisive instanceof Compare compare) {
            values.put("field", compare.field().field().name());
            if (compare.field().field() == LeadField.ATTRIBUTE) {
                values.put("attribute", compare.field().attributeKey());
            }
            values.put("operator", compare.operator().name());
            values.put("values", String.join(", ", compare.values()));
        } else if (decisive instanceof InTerritory territory) {
            values.put(
                    "territories",
                    territory.territories().stream()
                            .map(MemberFilters::territory)
                            .collect(Collectors.joining(", ")));
        } else {
            // An ANY group none of whose conditions held decides as a whole.
            Group group = (Group) decisive;
            values.put("join", group.join().name());
            values.put("conditions", (long) group.conditions().size());
        }
        return values;
    }

    private static String territory(Territory territory) {
        StringBuilder words = new StringBuilder(territory.country());
        if (territory.region() != null) {
            words.append(' ').append(territory.region());
        }
        if (territory.postalPrefix() != null) {
            words.append(' ').append(territory.postalPrefix());
        }
        if (territory.postalFrom() != null) {
            words.append(' ').append(territory.postalFrom()).append('-').append(territory.postalTo());
        }
        return words.toString();
    }
}
