package dev.switchboard.access;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;

/**
 * A signed-in user changes their own password, giving the current one again (a session left open on a shared
 * screen is not enough). Errors: currentPassword NOT_OWNER (wrong), newPassword REQUIRED/OUT_OF_RANGE/TOO_LONG.
 */
public class ChangePassword {

    private final Users users;
    private final PasswordHashes hashes;

    public ChangePassword(Users users, PasswordHashes hashes) {
        this.users = users;
        this.hashes = hashes;
    }

    public void change(String userId, String currentPassword, String newPassword) {
        User user =
                users.byId(userId).orElseThrow(() -> new InputRejected(ErrorCode.NOT_FOUND, "userId", "no such user"));
        if (currentPassword == null || !hashes.matches(currentPassword, user.passwordHash())) {
            throw new InputRejected(ErrorCode.NOT_OWNER, "currentPassword", "the current password is wrong");
        }
        Passwords.check(newPassword, "newPassword");
        users.setPasswordHash(userId, hashes.hash(newPassword));
    }
}
