package dev.switchboard.access;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Reps;
import java.util.Locale;
import java.util.UUID;

/**
 * Creates a user who signs in with email and password: an admin, or a rep's user for an existing rep.
 * Errors ({@link InputRejected}): email REQUIRED/INVALID_FORMAT/DUPLICATE, password REQUIRED/OUT_OF_RANGE/TOO_LONG,
 * repId REQUIRED (a rep user) or NOT_FOUND.
 */
public class CreateUser {

    private final Users users;
    private final Reps reps;
    private final PasswordHashes hashes;

    public CreateUser(Users users, Reps reps, PasswordHashes hashes) {
        this.users = users;
        this.reps = reps;
        this.hashes = hashes;
    }

    public User create(String email, String password, Role role, String repId) {
        if (email == null || email.isBlank()) {
            throw new InputRejected(ErrorCode.REQUIRED, "email", "an email is required");
        }
        String normalised = email.trim().toLowerCase(Locale.ROOT);
        if (normalised.length() > 254 || !normalised.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, "email", "not an email address");
        }
        Passwords.check(password, "password");
        RepId rep = null;
        if (role == Role.REP) {
            if (repId == null || repId.isBlank()) {
                throw new InputRejected(ErrorCode.REQUIRED, "repId", "a rep user acts as a rep");
            }
            rep = reps.byId(new RepId(repId))
                    .map(r -> r.id())
                    .orElseThrow(() -> new InputRejected(ErrorCode.NOT_FOUND, "repId", "no rep " + repId));
        }
        User user = new User(UUID.randomUUID().toString(), normalised, role, rep, hashes.hash(password), true, 0, null);
        users.add(user);
        return user;
    }
}
