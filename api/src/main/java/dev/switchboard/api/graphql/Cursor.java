package dev.switchboard.api.graphql;

import dev.switchboard.domain.model.AssignmentId;
import dev.switchboard.domain.model.AssignmentPosition;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.LeadPosition;
import dev.switchboard.domain.model.booking.BookingId;
import dev.switchboard.domain.model.booking.BookingPosition;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Opaque cursors over a list ordered by an instant and an id, one codec for every list; clients pass them back
 * unread. A cursor names its list, so one list's cursor is refused by another.
 *
 * @param <P> the position in the list a cursor stands for
 */
final class Cursor<P> {

    static final Cursor<LeadPosition> LEADS = new Cursor<>(
            "lead", LeadPosition::submittedAt, p -> p.id().value(), (at, id) -> new LeadPosition(at, new LeadId(id)));
    static final Cursor<AssignmentPosition> ASSIGNMENTS = new Cursor<>(
            "assignment",
            AssignmentPosition::decidedAt,
            p -> p.id().value(),
            (at, id) -> new AssignmentPosition(at, new AssignmentId(id)));
    static final Cursor<BookingPosition> BOOKINGS = new Cursor<>(
            "booking",
            BookingPosition::start,
            p -> p.id().value(),
            (at, id) -> new BookingPosition(at, new BookingId(id)));

    private final String prefix;
    private final Function<P, Instant> instant;
    private final Function<P, String> id;
    private final BiFunction<Instant, String, P> position;

    private Cursor(
            String list,
            Function<P, Instant> instant,
            Function<P, String> id,
            BiFunction<Instant, String, P> position) {
        this.prefix = list + "|";
        this.instant = instant;
        this.id = id;
        this.position = position;
    }

    String encode(P at) {
        String plain = prefix + instant.apply(at) + "|" + id.apply(at);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** @return null for a null cursor (the list's start) */
    P decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!plain.startsWith(prefix)) {
                throw new IllegalArgumentException("a cursor of another list");
            }
            String[] parts = plain.substring(prefix.length()).split("\\|", 2);
            return position.apply(Instant.parse(parts[0]), parts[1]);
        } catch (RuntimeException e) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, "after", "after is not a cursor this list gave out");
        }
    }
}
