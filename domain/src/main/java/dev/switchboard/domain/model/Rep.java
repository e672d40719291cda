package dev.switchboard.domain.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A salesperson who receives leads.
 *
 * @param active    false for a rep who has left or is paused: routing passes them over
 * @param awayUntil the end of an out-of-office period under way or planned, or null; routing passes
 *                  the rep over until then
 */
public record Rep(RepId id, String name, EmailAddress email, ZoneId timeZone, boolean active, Instant awayUntil) {

    public Rep {
        Objects.requireNonNull(id, "id");
        name = Text.required("name", name, Text.SHORT);
        if (email == null) {
            throw InputRejected.required("email");
        }
        if (timeZone == null) {
            throw InputRejected.required("timeZone");
        }
    }

    /** A rep who can take a lead at {@code now}: active and not away. */
    public boolean availableAt(Instant now) {
        return active && !awayAt(now);
    }

    public boolean awayAt(Instant now) {
        return awayUntil != null && now.isBefore(awayUntil);
    }

    /** The same rep with other status. */
    public Rep withStatus(boolean active, Instant awayUntil) {
        return new Rep(id, name, email, timeZone, active, awayUntil);
    }

    /** Reads an IANA zone id such as {@code Europe/Paris}, rejecting offsets-only and unknown ids. */
    public static ZoneId zone(String field, String id) {
        String text = Text.required(field, id, 64);
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, field, text + " is not a known time zone id");
        }
    }
}
