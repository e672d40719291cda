package dev.switchboard.domain.port;

/**
 * One document written with no rule behind it: the floor a write through the whole stack (HTTP, security,
 * GraphQL, the driver, the database) costs, against which the load harness measures {@code submitLead}. Only the
 * benchmark profile's {@code benchmarkFloor} mutation uses it.
 */
public interface FloorWrites {

    /** Inserts one small document; one database command. */
    void insertOne(String note);
}
