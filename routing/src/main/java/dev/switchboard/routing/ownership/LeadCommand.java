package dev.switchboard.routing.ownership;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.RepId;

/** A rep acting on one lead: claiming it from a queue, or accepting it. */
public record LeadCommand(LeadId leadId, RepId repId) {

    public LeadCommand {
        if (leadId == null) {
            throw InputRejected.required("leadId");
        }
        if (repId == null) {
            throw InputRejected.required("repId");
        }
    }
}
