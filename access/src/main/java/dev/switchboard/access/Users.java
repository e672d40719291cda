package dev.switchboard.access;

import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Slice;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The people who sign in, one document each; every change is one single-document operation. */
public interface Users {

    /** Stores a new user; {@code InputRejected(DUPLICATE, "email")} when the email is taken (a unique index decides). */
    void add(User user);

    Optional<User> byEmail(String email);

    Optional<User> byId(String id);

    List<User> all();

    /** Users by email then id, the {@code limit} just after {@code after} (from the first when null), in one query. */
    default Slice<User> page(int limit, PagePosition after) {
        return Slice.after(all(), u -> new PagePosition(u.email(), u.id()), after, limit);
    }

    /** How many users there are, deactivated ones included, counted by the store. */
    default long count() {
        return all().size();
    }

    long countActiveAdmins();

    /**
     * Counts one failed sign-in atomically; the failure that reaches {@code maxFailures} locks the user until
     * {@code now + lockFor} and starts the count again.
     */
    void recordFailure(String id, Instant now, int maxFailures, Duration lockFor);

    /** Forgets earlier failures (a write only when there were any). */
    void recordSuccess(String id);

    void setPasswordHash(String id, String passwordHash);

    /** @return false when no such user */
    boolean deactivate(String id);
}
