package dev.switchboard.api.graphql;

import dev.switchboard.access.BookingLinks;
import dev.switchboard.access.Caller;
import dev.switchboard.access.Refused;
import dev.switchboard.access.Scope;
import dev.switchboard.api.graphql.SchedulingViews.AvailableSlotsView;
import dev.switchboard.api.graphql.SchedulingViews.SlotView;
import dev.switchboard.api.graphql.Views.LeadView;
import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.booking.Booking;
import dev.switchboard.domain.model.booking.BookingId;
import dev.switchboard.domain.model.booking.BookingStatus;
import dev.switchboard.domain.model.booking.CalendarState;
import dev.switchboard.domain.port.Bookings;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.scheduling.booking.BookMeeting;
import dev.switchboard.scheduling.booking.BookMeetingCommand;
import dev.switchboard.scheduling.booking.CancelBooking;
import dev.switchboard.scheduling.booking.FindLeadSlots;
import dev.switchboard.scheduling.booking.RescheduleBooking;
import dev.switchboard.scheduling.booking.SlotTaken;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class BookingController {

    private static final DateTimeFormatter LOCAL_START = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx");

    record BookMeetingInput(
            String leadId, String meetingTypeId, Instant start, String timeZone, String repId, String idempotencyKey) {
        /** @param caller who sends it, whose scope the idempotency key is claimed in */
        BookMeetingCommand toCommand(Caller caller) {
            return new BookMeetingCommand(
                    leadId == null ? null : new LeadId(leadId),
                    meetingTypeId == null ? null : new MeetingTypeId(meetingTypeId),
                    start,
                    Rep.zone("timeZone", timeZone),
                    repId == null ? null : new RepId(repId),
                    IdempotencyScopes.keyOf(caller, idempotencyKey));
        }
    }

    /** @param link the signed link's token, which a widget (the prospect) must show; admins and keys need none */
    record RescheduleBookingInput(String bookingId, Instant start, String link) {}

    record CancelBookingInput(String bookingId, String link) {}

    record CalendarView(CalendarState state, int attempts, String lastError, Instant nextAttemptAt) {}

    record BookingView(
            String id,
            String leadId,
            String repId,
            String meetingTypeId,
            Instant start,
            Instant end,
            String timeZone,
            String localStart,
            BookingStatus status,
            int sequence,
            String title,
            String location,
            Instant bookedAt,
            CalendarView calendar,
            String inviteUrl) {

        static BookingView of(Booking b) {
            var sync = b.calendar();
            return new BookingView(
                    b.id().value(),
                    b.leadId().value(),
                    b.repId().value(),
                    b.meetingTypeId().value(),
                    b.when().start(),
                    b.when().end(),
                    b.timeZone().getId(),
                    b.when().start().atZone(b.timeZone()).format(LOCAL_START),
                    b.status(),
                    b.sequence(),
                    b.title(),
                    b.location(),
                    b.bookedAt(),
                    new CalendarView(
                            sync.state(),
                            sync.attempts(),
                            sync.lastError(),
                            sync.state() == CalendarState.PENDING ? sync.nextAttemptAt() : null),
                    "/bookings/" + b.id().value() + "/invite.ics?token=" + b.inviteToken());
        }
    }

    record BookMeetingPayload(
            BookingView booking, boolean repeated, String link, List<SlotView> slots, List<UserError> errors) {}

    record RescheduleBookingPayload(BookingView booking, String link, List<SlotView> slots, List<UserError> errors) {}

    record CancelBookingPayload(BookingView booking, List<UserError> errors) {}

    record OpenSlotsView(
            SchedulingViews.MeetingTypeView meetingType,
            String timeZone,
            List<SlotView> slots,
            List<UserError> errors) {}

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BookingController.class);

    private final FindLeadSlots findLeadSlots;
    private final BookMeeting bookMeeting;
    private final RescheduleBooking rescheduleBooking;
    private final CancelBooking cancelBooking;
    private final Bookings bookings;
    private final Leads leads;
    private final Reps reps;
    private final BookingLinks links;
    private final Clock clock;

    BookingController(
            FindLeadSlots findLeadSlots,
            BookMeeting bookMeeting,
            RescheduleBooking rescheduleBooking,
            CancelBooking cancelBooking,
            Bookings bookings,
            Leads leads,
            Reps reps,
            BookingLinks links,
            Clock clock) {
        this.links = links;
        this.clock = clock;
        this.findLeadSlots = findLeadSlots;
        this.bookMeeting = bookMeeting;
        this.rescheduleBooking = rescheduleBooking;
        this.cancelBooking = cancelBooking;
        this.bookings = bookings;
        this.leads = leads;
        this.reps = reps;
    }

    @MutationMapping
    BookMeetingPayload bookMeeting(
            @Argument BookMeetingInput input,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        if (caller instanceof Caller.Widget widget && input.leadId() != null) {
            // A widget books for the leads its own form sent, and for no other: settled before anything else is read.
            var lead = leads.byId(new LeadId(input.leadId()));
            if (lead.isEmpty()) {
                return new BookMeetingPayload(
                        null,
                        false,
                        null,
                        List.of(),
                        UserError.of(InputRejected.notFound("leadId", "lead", input.leadId())));
            }
            if (!widget.formId().equals(lead.get().formId())) {
                throw new Refused("FORBIDDEN", "a widget books meetings for the leads of its own form only");
            }
        }
        try {
            var booked = bookMeeting.book(input.toCommand(caller));
            return new BookMeetingPayload(
                    BookingView.of(booked.booking()), booked.repeated(), link(booked.booking()), List.of(), List.of());
        } catch (InputRejected rejected) {
            return new BookMeetingPayload(null, false, null, List.of(), UserError.of(rejected));
        } catch (SlotTaken taken) {
            return new BookMeetingPayload(
                    null, false, null, AvailableSlotsView.of(taken.fresh()).slots(), taken(taken));
        }
    }

    @MutationMapping
    RescheduleBookingPayload rescheduleBooking(
            @Argument RescheduleBookingInput input,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        requireLink(caller, input.bookingId(), input.link());
        try {
            var moved = rescheduleBooking.reschedule(bookingId(input.bookingId()), input.start());
            return new RescheduleBookingPayload(
                    BookingView.of(moved.booking()), link(moved.booking()), List.of(), List.of());
        } catch (InputRejected rejected) {
            return new RescheduleBookingPayload(null, null, List.of(), UserError.of(rejected));
        } catch (SlotTaken taken) {
            return new RescheduleBookingPayload(
                    null, null, AvailableSlotsView.of(taken.fresh()).slots(), taken(taken));
        }
    }

    /** The prospect's link to change or cancel the booking: it holds until the meeting starts. */
    private String link(Booking booking) {
        return links.sign(booking.id().value(), booking.when().start());
    }

    /**
     * The policy lets anyone ask, because the signed link is a credential of its own: a prospect on the hosted
     * manage page holds nothing else. Admins and keys that write leads act on any booking; every other caller
     * (anonymous, a widget, a rep, a key of other scopes) may change only the booking their unexpired link names.
     */
    private void requireLink(Caller caller, String bookingId, String link) {
        if (actsOnAnyBooking(caller)) {
            return;
        }
        boolean holdsLink = links.verify(link, clock.instant())
                .map(id -> id.equals(bookingId))
                .orElse(false);
        if (!holdsLink) {
            throw new Refused(
                    caller == null || caller.anonymous() ? "UNAUTHENTICATED" : "FORBIDDEN",
                    "changing a booking takes the booking's own link, unexpired (or an admin, or a leads:write key)");
        }
    }

    private static boolean actsOnAnyBooking(Caller caller) {
        return caller instanceof Caller.Admin
                || caller instanceof Caller.Integration key
                        && (key.scopes().contains(Scope.LEADS_WRITE)
                                || key.scopes().contains(Scope.ADMIN));
    }

    @MutationMapping
    CancelBookingPayload cancelBooking(
            @Argument CancelBookingInput input,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        requireLink(caller, input.bookingId(), input.link());
        try {
            var cancelled = cancelBooking.cancel(bookingId(input.bookingId()));
            return new CancelBookingPayload(BookingView.of(cancelled.booking()), List.of());
        } catch (InputRejected rejected) {
            return new CancelBookingPayload(null, UserError.of(rejected));
        }
    }

    /** Worked out after the lead was stored and routed: whatever fails here, the submission stands. */
    @SchemaMapping(typeName = "SubmitLeadPayload", field = "openSlots")
    OpenSlotsView openSlots(
            LeadController.SubmitLeadPayload payload,
            @Argument String timeZone,
            @Argument Integer days,
            @Argument String meetingTypeId) {
        if (payload.lead() == null) {
            return null;
        }
        try {
            ZoneId zone = timeZone == null ? ZoneOffset.UTC : Rep.zone("timeZone", timeZone);
            var found = findLeadSlots.find(
                    new LeadId(payload.lead().id()),
                    meetingTypeId == null ? null : new MeetingTypeId(meetingTypeId),
                    zone,
                    days == null ? 7 : days);
            if (found.isEmpty()) {
                return null;
            }
            AvailableSlotsView slots = AvailableSlotsView.of(found.get().slots());
            return new OpenSlotsView(
                    SchedulingViews.MeetingTypeView.of(found.get().meetingType()),
                    slots.timeZone(),
                    slots.slots(),
                    List.of());
        } catch (InputRejected rejected) {
            return new OpenSlotsView(null, timeZone, List.of(), UserError.of(rejected));
        } catch (RuntimeException e) {
            log.warn(
                    "Open slots for lead {} could not be worked out",
                    payload.lead().id(),
                    e);
            return new OpenSlotsView(
                    null,
                    timeZone,
                    List.of(),
                    List.of(new UserError(
                            ErrorCode.UNAVAILABLE, null, "slots could not be worked out now; ask availableSlots")));
        }
    }

    @QueryMapping
    Connection<BookingView> bookings(
            @Argument Integer first,
            @Argument String after,
            @Argument String repId,
            @Argument String leadId,
            @Argument BookingStatus status,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        if (caller instanceof Caller.Rep rep) {
            if (repId != null && !repId.equals(rep.repId().value())) {
                throw new Refused("FORBIDDEN", "a rep sees their own bookings only");
            }
            repId = rep.repId().value();
        }
        int limit = Connection.limit(first);
        var filter = new Bookings.Filter(
                repId == null ? null : new RepId(repId), leadId == null ? null : new LeadId(leadId), status);
        var slice = bookings.inOrder(limit, Cursor.BOOKINGS.decode(after), filter);
        return Connection.of(
                slice, b -> Cursor.BOOKINGS.encode(b.position()), BookingView::of, () -> bookings.count(filter));
    }

    @QueryMapping
    BookingView booking(@Argument String id, @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        return bookings.byId(bookingId(id))
                .filter(booking ->
                        !(caller instanceof Caller.Rep rep) || rep.repId().equals(booking.repId()))
                .map(BookingView::of)
                .orElse(null);
    }

    @BatchMapping(typeName = "Lead", field = "bookings")
    Map<LeadView, List<BookingView>> leadBookings(List<LeadView> page) {
        Map<LeadId, List<Booking>> found =
                bookings.forLeads(page.stream().map(l -> new LeadId(l.id())).toList());
        Map<LeadView, List<BookingView>> views = new LinkedHashMap<>();
        page.forEach(l -> views.put(
                l,
                found.getOrDefault(new LeadId(l.id()), List.of()).stream()
                        .map(BookingView::of)
                        .toList()));
        return views;
    }

    @BatchMapping(typeName = "Booking", field = "rep")
    Map<BookingView, RepView> rep(List<BookingView> page) {
        return Batches.load(page, b -> new RepId(b.repId()), reps::byIds, RepView::of);
    }

    @BatchMapping(typeName = "Booking", field = "lead")
    Map<BookingView, LeadView> lead(List<BookingView> page) {
        return Batches.load(page, b -> new LeadId(b.leadId()), leads::byIds, LeadView::of);
    }

    private static List<UserError> taken(SlotTaken taken) {
        return List.of(new UserError(ErrorCode.SLOT_TAKEN, "start", taken.getMessage()));
    }

    private static BookingId bookingId(String id) {
        if (id == null) {
            throw InputRejected.required("bookingId");
        }
        return new BookingId(id);
    }
}
