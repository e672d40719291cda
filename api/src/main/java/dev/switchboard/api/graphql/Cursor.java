package dev.switchboard.api.graphql;

import dev.switchboard.domain.model.AssignmentId;
import dev.switchboard.domain.model.AssignmentPosition;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.LeadPosition;
import dev.switchboard.domain.model.booking.BookingId;
import dev.switchboard.domain.model.booking.BookingPosition;
import dev.switchboard.domain.port.PagePosition;
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

    static final Cursor<LeadPosition> LEADS = timed(
            "lead", LeadPosition::submittedAt, p -> p.id().value(), (at, id) -> new LeadPosition(at, new LeadId(id)));
    static final Cursor<AssignmentPosition> ASSIGNMENTS = timed(
            "assignment",
            AssignmentPosition::decidedAt,
            p -> p.id().value(),
            (at, id) -> new AssignmentPosition(at, new AssignmentId(id)));
    static final Cursor<BookingPosition> BOOKINGS = timed(
            "booking",
            BookingPosition::start,
            p -> p.id().value(),
            (at, id) -> new BookingPosition(at, new BookingId(id)));
    static final Cursor<PagePosition> REPS = paged("rep");
    static final Cursor<PagePosition> POOLS = paged("pool");
    static final Cursor<PagePosition> ACCOUNTS = paged("account");
    static final Cursor<PagePosition> FORMS = paged("form");
    static final Cursor<PagePosition> ROUTERS = paged("router");
    static final Cursor<PagePosition> MEETING_TYPES = paged("meetingType");
    static final Cursor<PagePosition> WEBHOOKS = paged("webhook");
    static final Cursor<PagePosition> USERS = paged("user");
    static final Cursor<PagePosition> API_KEYS = paged("apiKey");
    static final Cursor<PagePosition> WIDGET_KEYS = paged("widgetKey");
    static final Cursor<PagePosition> REPLAY_CHANGES = paged("replayChange");

    private final String prefix;
    private final Function<P, String> key;
    private final Function<P, String> id;
    private final BiFunction<String, String, P> position;

    private Cursor(
            String list, Function<P, String> key, Function<P, String> id, BiFunction<String, String, P> position) {
        this.prefix = list + "|";
        this.key = key;
        this.id = id;
        this.position = position;
    }

    /** A list ordered by an instant, then by id. */
    private static <P> Cursor<P> timed(
            String list,
            Function<P, Instant> instant,
            Function<P, String> id,
            BiFunction<Instant, String, P> position) {
        return new Cursor<>(
                list, p -> instant.apply(p).toString(), id, (at, i) -> position.apply(Instant.parse(at), i));
    }

    /** A list ordered by a text key (a name, an email, a time in fixed width), then by id. */
    private static Cursor<PagePosition> paged(String list) {
        return new Cursor<>(list, PagePosition::key, PagePosition::id, PagePosition::new);
    }

    String encode(P at) {
        // The id goes last: ids hold no '|', a key (a name) may.
        String plain = prefix + key.apply(at) + "|" + id.apply(at);
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
            String rest = plain.substring(prefix.length());
            int bar = rest.lastIndexOf('|');
            return position.apply(rest.substring(0, bar), rest.substring(bar + 1));
        } catch (RuntimeException e) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, "after", "after is not a cursor this list gave out");
        }
    }
}
