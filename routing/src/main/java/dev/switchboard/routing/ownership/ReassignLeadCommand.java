package dev.switchboard.routing.ownership;

import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Text;

/**
 * An admin hands a lead to a rep.
 *
 * @param by     the admin's name (until sign-in exists; then it comes from the session)
 * @param reason why, kept in the lead's history
 */
public record ReassignLeadCommand(LeadId leadId, RepId repId, String by, String reason) {

    public ReassignLeadCommand {
        if (leadId == null) {
            throw InputRejected.required("leadId");
        }
        if (repId == null) {
            throw InputRejected.required("repId");
        }
        by = Text.required("by", by, Text.SHORT);
        reason = Text.required("reason", reason, Text.SHORT);
    }
}
