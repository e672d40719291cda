package dev.switchboard.domain.model;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Objects;

/** A salesperson who receives leads. */
public record Rep(RepId id, String name, EmailAddress email, ZoneId timeZone, boolean active) {

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
