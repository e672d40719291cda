package dev.switchboard.api.graphql;

import dev.switchboard.access.BookingLinks;
import dev.switchboard.api.graphql.BookingController.BookingView;
import dev.switchboard.api.graphql.SchedulingViews.AvailableSlotsView;
import dev.switchboard.api.graphql.SchedulingViews.MeetingTypeView;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.booking.Booking;
import dev.switchboard.domain.model.booking.BookingId;
import dev.switchboard.domain.model.booking.BookingStatus;
import dev.switchboard.domain.port.Bookings;
import dev.switchboard.domain.port.MeetingTypes;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.scheduling.slots.FindSlots;
import dev.switchboard.scheduling.slots.FindSlotsQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The prospect's view of one booking through its signed link, for the hosted manage page: the link is the
 * credential, so whoever holds it reads that booking and its rep's open slots, and nothing else.
 */
@Controller
class ManagedBookingController {

    record ManagedBookingView(
            String id,
            BookingStatus status,
            Instant start,
            Instant end,
            String timeZone,
            String localStart,
            String title,
            String location,
            String repId,
            String repName,
            String meetingTypeId,
            String inviteUrl) {

        static ManagedBookingView of(Booking booking, String repName) {
            BookingView b = BookingView.of(booking);
            return new ManagedBookingView(
                    b.id(),
                    b.status(),
                    b.start(),
                    b.end(),
                    b.timeZone(),
                    b.localStart(),
                    b.title(),
                    b.location(),
                    b.repId(),
                    repName,
                    b.meetingTypeId(),
                    b.inviteUrl());
        }
    }

    private final BookingLinks links;
    private final Bookings bookings;
    private final Reps reps;
    private final MeetingTypes meetingTypes;
    private final FindSlots findSlots;
    private final Clock clock;

    ManagedBookingController(
            BookingLinks links,
            Bookings bookings,
            Reps reps,
            MeetingTypes meetingTypes,
            FindSlots findSlots,
            Clock clock) {
        this.links = links;
        this.bookings = bookings;
        this.reps = reps;
        this.meetingTypes = meetingTypes;
        this.findSlots = findSlots;
        this.clock = clock;
    }

    @QueryMapping
    ManagedBookingView managedBooking(@Argument String link) {
        return links.verify(link, clock.instant())
                .flatMap(id -> bookings.byId(new BookingId(id)))
                .map(b -> ManagedBookingView.of(
                        b, reps.byId(b.repId()).map(Rep::name).orElse("")))
                .orElse(null);
    }

    @SchemaMapping(typeName = "ManagedBooking", field = "meetingType")
    MeetingTypeView meetingType(ManagedBookingView booking) {
        return meetingTypes
                .byId(new MeetingTypeId(booking.meetingTypeId()))
                .map(MeetingTypeView::of)
                .orElse(null);
    }

    /** The rep's own slots only, as a prospect sees slots: without the reasons a calendar could not be read. */
    @SchemaMapping(typeName = "ManagedBooking", field = "slots")
    AvailableSlotsView slots(ManagedBookingView booking, @Argument String timeZone, @Argument Integer days) {
        try {
            ZoneId zone = Rep.zone("timeZone", timeZone == null ? booking.timeZone() : timeZone);
            int span = days == null ? 14 : days;
            if (span < 1 || span > FindSlotsQuery.MAX_RANGE_DAYS) {
                throw new InputRejected(
                        ErrorCode.OUT_OF_RANGE, "days", "days is 1 to " + FindSlotsQuery.MAX_RANGE_DAYS);
            }
            Instant now = clock.instant();
            return AvailableSlotsView.of(findSlots.find(new FindSlotsQuery(
                            new RepId(booking.repId()),
                            null,
                            new MeetingTypeId(booking.meetingTypeId()),
                            now,
                            now.plus(Duration.ofDays(span)),
                            zone)))
                    .forProspects();
        } catch (InputRejected rejected) {
            return AvailableSlotsView.rejected(UserError.of(rejected));
        }
    }
}
