package dev.switchboard.domain.model;

/** Identity of a {@link Assignment}: an opaque string, a random UUID when made here. */
public record AssignmentId(String value) {

    public AssignmentId {
        value = Ids.check("assignmentId", value);
    }

    public static AssignmentId random() {
        return new AssignmentId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
