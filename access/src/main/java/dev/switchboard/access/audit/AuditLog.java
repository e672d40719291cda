package dev.switchboard.access.audit;

import java.util.List;
import java.util.Optional;

/** Every admin change, kept for good. */
public interface AuditLog {

    record Page(List<AuditEntry> items, boolean hasMore) {}

    void add(AuditEntry entry);

    /** The entry with this id, as {@code node(id:)} looks it up; empty when there is none. */
    Optional<AuditEntry> byId(String id);

    /** Newest first, after the entry whose id is {@code after} (from the newest when null), only {@code target}'s when given. */
    Page newestFirst(int limit, String after, String target);

    /** How many entries {@link #newestFirst} walks through for {@code target} (all when null), counted by the store. */
    long count(String target);
}
