package dev.switchboard.domain.model;

import java.util.UUID;

/** Identity of a {@link Lead}: an opaque string, a random UUID when made here. */
public record LeadId(String value) {

    public LeadId {
        value = Ids.check("leadId", value);
    }

    public static LeadId random() {
        return new LeadId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
