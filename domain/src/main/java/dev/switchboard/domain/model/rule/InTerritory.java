package dev.switchboard.domain.model.rule;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import java.util.List;

/** Holds when the lead's country, region and postal code fall in any of the territories. */
public record InTerritory(List<Territory> territories) implements Condition {

    public static final int MAX_TERRITORIES = 500;

    public InTerritory {
        if (territories == null || territories.isEmpty()) {
            throw new InputRejected(ErrorCode.REQUIRED, "territories", "name at least one territory");
        }
        if (territories.size() > MAX_TERRITORIES) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, "territories", "at most " + MAX_TERRITORIES + " territories");
        }
        territories = List.copyOf(territories);
    }

    @Override
    public boolean holds(LeadFacts lead) {
        for (Territory territory : territories) {
            if (territory.contains(lead.details())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Verdict evaluate(LeadFacts lead) {
        return new Verdict(holds(lead), this);
    }

    @Override
    public String describe(LeadFacts lead) {
        var d = lead.details();
        String where = (d.country() == null ? "no country" : d.country())
                + (d.region() == null ? "" : "/" + d.region())
                + (d.postalCode() == null ? "" : " " + d.postalCode());
        return "territory of " + where + (holds(lead) ? " in " : " not in ") + territories;
    }
}
