package dev.switchboard.access;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;

/** What a password must be: long enough to resist guessing, short enough to hash (bcrypt reads 72 bytes). */
public final class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 72;

    private Passwords() {}

    public static void check(String password, String field) {
        if (password == null || password.isEmpty()) {
            throw new InputRejected(ErrorCode.REQUIRED, field, "a password is required");
        }
        if (password.length() < MIN_LENGTH) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, field, "a password has at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            throw new InputRejected(ErrorCode.TOO_LONG, field, "a password has at most " + MAX_LENGTH + " bytes");
        }
    }
}
