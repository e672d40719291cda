package dev.switchboard.domain.model;

/** Identity of a {@link Lead}: an opaque string, a random UUID when made here. */
public record LeadId(String value) {

    public LeadId {
        value = Ids.check("leadId", value);
    }

    public static LeadId random() {
        return new LeadId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
