package dev.switchboard.api.security;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * A signed-in user changes their own password, giving the current one again (a session left open on a shared
 * screen is not enough). Errors: currentPassword NOT_OWNER (wrong), newPassword REQUIRED/OUT_OF_RANGE/TOO_LONG.
 */
@Component
public class ChangePassword {

    private final Users users;
    private final PasswordEncoder encoder;

    ChangePassword(Users users, PasswordEncoder encoder) {
        this.users = users;
        this.encoder = encoder;
    }

    public void change(String userId, String currentPassword, String newPassword) {
        User user = users.byId(userId).orElseThrow(() -> new InputRejected(ErrorCode.NOT_FOUND, "userId", "no such user"));
        if (currentPassword == null || !encoder.matches(currentPassword, user.passwordHash())) {
            throw new InputRejected(ErrorCode.NOT_OWNER, "currentPassword", "the current password is wrong");
        }
        Passwords.check(newPassword, "newPassword");
        users.setPasswordHash(userId, encoder.encode(newPassword));
    }
}
