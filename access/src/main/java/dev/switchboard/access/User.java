package dev.switchboard.access;

import dev.switchboard.domain.model.RepId;
import java.time.Instant;

/**
 * A person who signs in. A rep's user is linked to its rep; an admin's is not.
 *
 * @param passwordHash as {@link PasswordHashes} makes it, e.g. {@code {bcrypt}$2a$10$...}
 * @param lockedUntil  sign-in refused until then, after too many failures; null when not locked
 */
public record User(
        String id,
        String email,
        Role role,
        RepId repId,
        String passwordHash,
        boolean active,
        int failedSignIns,
        Instant lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
