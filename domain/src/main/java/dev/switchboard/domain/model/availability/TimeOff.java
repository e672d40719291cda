package dev.switchboard.domain.model.availability;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Text;
import dev.switchboard.domain.model.calendar.Interval;
import java.time.Instant;

/**
 * An out-of-office period: no slot of the rep overlaps it, whatever the working hours say.
 *
 * @param note why, for the admin (e.g. "parental leave"); may be null
 */
public record TimeOff(Interval period, String note) {

    public TimeOff {
        if (period == null) {
            throw InputRejected.required("period");
        }
        note = Text.optional("note", note, Text.SHORT);
    }

    /** A period from input: {@code end} must come after {@code start} ({@code OUT_OF_RANGE} on {@code end}). */
    public static TimeOff of(Instant start, Instant end, String note) {
        if (start == null) {
            throw InputRejected.required("start");
        }
        if (end == null) {
            throw InputRejected.required("end");
        }
        if (!end.isAfter(start)) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "end", "time off ends after it starts");
        }
        return new TimeOff(new Interval(start, end), note);
    }
}
