package dev.switchboard.api.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
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
    private final PasswordEncoder encoder;
    private final SecurityProperties settings;
    private final Clock clock;
    private final String decoy;

    public SignIn(Users users, PasswordEncoder encoder, SecurityProperties settings, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.settings = settings;
        this.clock = clock;
        this.decoy = encoder.encode("a password nobody has");
    }

    /** The user, when the password is theirs and they may sign in now. */
    public Optional<User> signIn(String email, String password) {
        Instant now = clock.instant();
        Optional<User> found = email == null ? Optional.empty() : users.byEmail(email.trim().toLowerCase(Locale.ROOT));
        if (found.isEmpty() || password == null) {
            // Hash anyway, so an unknown email takes as long as a wrong password.
            encoder.matches(password == null ? "" : password, decoy);
            return Optional.empty();
        }
        User user = found.get();
        if (!user.active() || user.lockedAt(now)) {
            encoder.matches(password, decoy);
            return Optional.empty();
        }
        if (!encoder.matches(password, user.passwordHash())) {
            users.recordFailure(user.id(), now, settings.maxFailedSignIns(), settings.lockFor());
            return Optional.empty();
        }
        if (user.failedSignIns() > 0) {
            users.recordSuccess(user.id());
        }
        return Optional.of(user);
    }
}
