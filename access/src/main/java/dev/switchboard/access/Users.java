package dev.switchboard.access;

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
