package dev.switchboard.outbound.mail;

import java.time.Instant;
import java.time.ZoneId;

/** One mail waiting in the outbox, as it was when queued: a note written already, or a meeting's invite or note. */
public sealed interface Mail {

    /** A plain note, its words written when queued (a rep told of a lead assigned to them). */
    record Note(String to, String subject, String text) implements Mail {}

    /**
     * A mail about a meeting, holding the meeting as it stood when queued, so it says what was true then even if the
     * booking changes again before it leaves.
     *
     * @param kind      the prospect's invite (BOOKED, RESCHEDULED, CANCELLED) or the rep's note (REP_NOTE)
     * @param bookingId the booking, whose manage link the prospect's invite carries; null in mail queued before it
     */
    record Meeting(
            Kind kind,
            String uid,
            int sequence,
            Instant start,
            Instant end,
            ZoneId timeZone,
            String title,
            String location,
            String organizer,
            String attendee,
            String bookingId)
            implements Mail {}

    /** What a meeting mail tells. */
    enum Kind {
        /** The prospect's invite (REQUEST). */
        BOOKED,
        /** The prospect's updated invite (REQUEST, the new SEQUENCE). */
        RESCHEDULED,
        /** The prospect's CANCEL. */
        CANCELLED,
        /** The rep's note that a meeting was booked with them. */
        REP_NOTE
    }
}
