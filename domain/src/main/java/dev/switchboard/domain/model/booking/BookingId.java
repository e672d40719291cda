package dev.switchboard.domain.model.booking;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.Ids;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Text;
import java.util.regex.Pattern;

/** Identity of a {@link Booking}: an opaque string, a random UUID when made here. */
public record BookingId(String value) {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.:-]+");

    public BookingId {
        value = Text.required("bookingId", value, 64);
        if (!SAFE.matcher(value).matches()) {
            throw new InputRejected(
                    ErrorCode.INVALID_FORMAT, "bookingId", "bookingId has characters an id cannot have");
        }
    }

    public static BookingId random() {
        return new BookingId(Ids.random());
    }

    @Override
    public String toString() {
        return value;
    }
}
