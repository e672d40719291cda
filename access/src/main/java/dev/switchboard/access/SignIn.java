package dev.switchboard.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks an email and password. Every failure looks the same to the caller (unknown email, wrong password,
 * deactivated, locked), so the answer tells an attacker nothing about which accounts exist. After
 * {@code maxFailedSignIns} failures in a row the user is locked for {@code lockFor}, even to the right
 * password; the count is kept in the user's document, so it holds across instances.
 */
public final class SignIn {

    private final Users users;
    private final PasswordHashes hashes;
    private final int maxFailedSignIns;
    private final Duration lockFor;
    private final Clock clock;
    private final String decoy;

    /**
     * @param maxFailedSignIns failed sign-ins in a row that lock a user
     * @param lockFor          how long a locked user stays locked
     */
    public SignIn(Users users, PasswordHashes hashes, int maxFailedSignIns, Duration lockFor, Clock clock) {
        this.users = users;
        this.hashes = hashes;
        this.maxFailedSignIns = maxFailedSignIns;
        this.lockFor = lockFor;
        this.clock = clock;
        this.decoy = hashes.hash("a password nobody has");
    }

    /** The user, when the password is theirs and they may sign in now. */
    public Optional<User> signIn(String email, String password) {
        Instant now = clock.instant();
        Optional<User> found =
                email == null ? Optional.empty() : users.byEmail(email.trim().toLowerCase(Locale.ROOT));
        if (found.isEmpty() || password == null) {
            // Hash anyway, so an unknown email takes as long as a wrong password.
            hashes.matches(password == null ? "" : password, decoy);
            return Optional.empty();
        }
        User user = found.get();
        if (!user.active() || user.lockedAt(now)) {
            hashes.matches(password, decoy);
            return Optional.empty();
        }
        if (!hashes.matches(password, user.passwordHash())) {
            users.recordFailure(user.id(), now, maxFailedSignIns, lockFor);
            return Optional.empty();
        }
        if (user.failedSignIns() > 0) {
            users.recordSuccess(user.id());
        }
        return Optional.of(user);
    }
}
