package dev.switchboard.domain.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address as forms send it. The domain part is lower-cased because routing matches on it
 * (accounts, free-mail lists); the local part is kept as given.
 */
public record EmailAddress(String value) {

    /** RFC 5321's limit on a forward path. */
    public static final int MAX = 254;

    // Deliberately pragmatic: one @, a non-empty local part without spaces, a dotted domain of DNS labels.
    private static final Pattern SHAPE =
            Pattern.compile("[^@\\s]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    public EmailAddress {
        value = Text.required("email", value, MAX);
        if (!SHAPE.matcher(value).matches()) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, "email", "email is not a valid address");
        }
        int at = value.lastIndexOf('@');
        value = value.substring(0, at + 1) + value.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
