package dev.switchboard.domain.port;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a list ordered by a text key (a name, an email, a creation time) and then by id, the order every
 * paged list of configuration keeps: a page starts just after a position, so items added or removed elsewhere in
 * the list never shift a page a client is walking through.
 *
 * @param key the item's key as the list orders it: for a time, {@link #of(Instant, String)}'s fixed-width form
 * @param id  the item's id, breaking ties between equal keys
 */
public record PagePosition(String key, String id) {

    /** Key first, then id, as the stores compare them. */
    public static final Comparator<PagePosition> ORDER =
            Comparator.comparing(PagePosition::key).thenComparing(PagePosition::id);

    private static final int INSTANT_WIDTH = 19;

    public PagePosition {
        Objects.requireNonNull(id, "id");
        key = key == null ? "" : key;
    }

    /** A position in a list ordered by a time (to the millisecond, as stored), then by id. */
    public static PagePosition of(Instant at, String id) {
        String millis = Long.toString(at.toEpochMilli());
        return new PagePosition("0".repeat(Math.max(0, INSTANT_WIDTH - millis.length())) + millis, id);
    }

    /** The time a {@link #of(Instant, String)} position stands for. */
    public Instant instant() {
        return Instant.ofEpochMilli(Long.parseLong(key));
    }

    /** Whether this position comes after {@code other} in the list's order. */
    public boolean isAfter(PagePosition other) {
        return ORDER.compare(this, other) > 0;
    }
}
