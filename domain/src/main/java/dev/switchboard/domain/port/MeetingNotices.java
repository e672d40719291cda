package dev.switchboard.domain.port;

import dev.switchboard.domain.model.booking.Booking;

/**
 * Mail about meetings waiting to be sent: the prospect's iCalendar invite (and its updates) and the rep's
 * note. Queued with the booking's state at the time, delivered and retried later, so a mail server that is
 * down never fails a booking.
 */
public interface MeetingNotices {

    /** What happened to the meeting. */
    enum Kind {
        /** The prospect gets an invite (REQUEST), the rep a note. */
        BOOKED,
        /** The prospect gets the updated invite (REQUEST, the new SEQUENCE). */
        RESCHEDULED,
        /** The prospect gets a CANCEL. */
        CANCELLED
    }

    void queue(Kind kind, Booking booking);
}
