package dev.switchboard.domain.model.calendar;

import java.util.Objects;

/**
 * Where an event written to a calendar can be found again to change or remove it.
 *
 * @param id   the calendar's own name for the event: Google's event id, the CalDAV resource's URL
 * @param etag the version last written, for a conditional update or delete; null when the calendar gave none
 */
public record EventRef(String id, String etag) {

    public EventRef {
        Objects.requireNonNull(id, "id");
    }
}
