package dev.switchboard.access;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;

/**
 * Stops a user from signing in; their open sessions stop working at their next request. The last active
 * admin cannot be deactivated (IN_USE), so a workspace never locks every admin out. Errors: userId NOT_FOUND, IN_USE.
 */
public class DeactivateUser {

    private final Users users;

    public DeactivateUser(Users users) {
        this.users = users;
    }

    public User deactivate(String userId) {
        User user = users.byId(userId)
                .orElseThrow(() -> new InputRejected(ErrorCode.NOT_FOUND, "userId", "no user " + userId));
        if (user.role() == Role.ADMIN && user.active() && users.countActiveAdmins() <= 1) {
            throw new InputRejected(
                    ErrorCode.IN_USE, "userId", "the last active admin stays active; create another admin first");
        }
        users.deactivate(userId);
        return users.byId(userId).orElse(user);
    }
}
