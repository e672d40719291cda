package dev.switchboard.domain.model.booking;

import dev.switchboard.domain.model.Idempotency;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.calendar.CalendarEvent;
import dev.switchboard.domain.model.calendar.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A meeting booked for one lead with one rep.
 *
 * @param when           the meeting itself
 * @param held           the time the booking keeps the rep from other bookings: the meeting widened by its
 *                       type's buffers, rounded out to whole {@link #HOLD_STEP}s; other slots keep off it
 * @param timeZone       the prospect's zone, in which times are shown to them
 * @param sequence       0 when booked, one more at each reschedule and at the cancellation: the SEQUENCE of the last
 *                       invite sent (RFC 5546 makes a CANCEL a revision of its own)
 * @param version        one more at every change, for changes made only on the version read
 * @param title          the event's summary
 * @param location       a place or a conference link, or null
 * @param organizer      the rep's email
 * @param attendee       the prospect's email
 * @param inviteToken    an unguessable token that gives access to the invite without signing in
 * @param idempotency    the caller's key for this booking with the request's digest, or null
 * @param holdAttempt    the hold attempt whose {@code SlotHolds} this booking owns (each hold of a time is its own
 *                       attempt, so a caller that lost a race releases only what it held); null for bookings stored
 *                       before attempts were recorded
 */
public record Booking(
        BookingId id,
        LeadId leadId,
        RepId repId,
        MeetingTypeId meetingTypeId,
        Interval when,
        Interval held,
        ZoneId timeZone,
        BookingStatus status,
        int sequence,
        long version,
        String title,
        String location,
        String organizer,
        String attendee,
        String inviteToken,
        Idempotency idempotency,
        Instant bookedAt,
        CalendarSync calendar,
        String holdAttempt) {

    /** The operation a booking's idempotency key is claimed for. */
    public static final String BOOK = "bookMeeting";

    /** Holds are made of steps this long, aligned on the epoch, so two holds overlap exactly when they share a step. */
    public static final Duration HOLD_STEP = Duration.ofMinutes(5);

    public Booking {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(repId, "repId");
        Objects.requireNonNull(meetingTypeId, "meetingTypeId");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(held, "held");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(attendee, "attendee");
        Objects.requireNonNull(inviteToken, "inviteToken");
        Objects.requireNonNull(bookedAt, "bookedAt");
        Objects.requireNonNull(calendar, "calendar");
    }

    /** What a meeting at {@code when} with these buffers holds: widened, then rounded out to whole steps. */
    public static Interval held(Interval when, Duration bufferBefore, Duration bufferAfter) {
        Interval widened = when.widen(bufferBefore, bufferAfter);
        long step = HOLD_STEP.getSeconds();
        long start = Math.floorDiv(widened.start().getEpochSecond(), step) * step;
        long end = -Math.floorDiv(-widened.end().getEpochSecond(), step) * step;
        return new Interval(Instant.ofEpochSecond(start), Instant.ofEpochSecond(end));
    }

    /** The digest of a booking request (see {@link Idempotency#digest}): the lead, meeting type, start, zone and rep asked for. */
    public static String request(LeadId lead, MeetingTypeId type, Instant start, ZoneId zone, RepId rep) {
        return Idempotency.digest(Arrays.asList(
                lead.value(), type.value(), start.toString(), zone.getId(), rep == null ? null : rep.value()));
    }

    public boolean cancelled() {
        return status == BookingStatus.CANCELLED;
    }

    /**
     * The booking moved to {@code to}, held by {@code attempt}, one sequence and one version on, its calendar write
     * queued again.
     */
    public Booking movedTo(Interval to, Interval nowHeld, String attempt, CalendarSync sync) {
        return new Booking(
                id,
                leadId,
                repId,
                meetingTypeId,
                to,
                nowHeld,
                timeZone,
                status,
                sequence + 1,
                version + 1,
                title,
                location,
                organizer,
                attendee,
                inviteToken,
                idempotency,
                bookedAt,
                sync,
                attempt);
    }

    /** The booking cancelled, one sequence (the CANCEL's) and one version on, its calendar write queued again. */
    public Booking cancelled(CalendarSync sync) {
        return new Booking(
                id,
                leadId,
                repId,
                meetingTypeId,
                when,
                held,
                timeZone,
                BookingStatus.CANCELLED,
                sequence + 1,
                version + 1,
                title,
                location,
                organizer,
                attendee,
                inviteToken,
                idempotency,
                bookedAt,
                sync,
                holdAttempt);
    }

    public Booking withCalendar(CalendarSync sync) {
        return new Booking(
                id,
                leadId,
                repId,
                meetingTypeId,
                when,
                held,
                timeZone,
                status,
                sequence,
                version,
                title,
                location,
                organizer,
                attendee,
                inviteToken,
                idempotency,
                bookedAt,
                sync,
                holdAttempt);
    }

    /** A calendar write queued for a change: none when none was needed, else one due now that keeps the event written. */
    public CalendarSync calendarAfterChange(Instant now) {
        return calendar.state() == CalendarState.NOT_NEEDED ? calendar : CalendarSync.due(calendar.event(), now);
    }

    /** The meeting as written to the rep's calendar and sent to the prospect: one UID for its whole life. */
    public CalendarEvent event() {
        return new CalendarEvent(
                id.value() + "@switchboard",
                sequence,
                when,
                title,
                "Booked through Switchboard.",
                location,
                organizer,
                List.of(attendee));
    }

    public BookingPosition position() {
        return new BookingPosition(when.start(), id);
    }
}
