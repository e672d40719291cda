package dev.switchboard.scheduling.booking;

import dev.switchboard.domain.event.MeetingBooked;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.Idempotency;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.booking.Booking;
import dev.switchboard.domain.model.booking.BookingId;
import dev.switchboard.domain.model.booking.BookingStatus;
import dev.switchboard.domain.model.booking.CalendarSync;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.model.meeting.MeetingType;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Bookings;
import dev.switchboard.domain.port.CalendarConnections;
import dev.switchboard.domain.port.Events;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.MeetingNotices;
import dev.switchboard.domain.port.MeetingTypes;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.SlotHolds;
import dev.switchboard.scheduling.slots.FindSlots;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Books a meeting for a lead: with the rep who owns the lead, or, for a lead left with a pool (waiting in its
 * queue or unassigned), with the pool member whose rotation turn it is among those free at the start
 * (availability-first round robin: the pool's next turn is taken and members not free are passed over).
 * <p>
 * The start must be a slot {@link FindSlots} offers the rep or pool. The time is then reserved through
 * {@link SlotHolds}, atomically across instances: of concurrent bookings of one rep's time, one wins and the
 * others fail with {@link SlotTaken}, carrying fresh slots. The booking is stored before anything leaves
 * Switchboard; its calendar write is queued on it (PENDING, or NOT_NEEDED for a rep without a writable
 * calendar) for {@link WriteCalendarEvents}, which is asked through {@link CalendarWrites} to write it at once, and
 * the invite is queued through {@link MeetingNotices}.
 * A retry with the same idempotency key (the caller's own) and the same request is answered with the first call's
 * booking; the same key with another request is refused with {@code IDEMPOTENCY_CONFLICT} on {@code idempotencyKey}.
 * The lead is looked up before the key, so a key answers only for a lead that exists.
 *
 * @throws InputRejected {@code NOT_FOUND} on {@code leadId}, {@code meetingTypeId}; {@code UNAVAILABLE} on
 *                       {@code leadId} for a lead with no rep or pool; {@code NOT_MEMBER} on {@code repId} for
 *                       a rep who cannot take the lead's meeting; {@code OUT_OF_RANGE} or
 *                       {@code SLOT_NOT_OFFERED} on {@code start}
 * @throws SlotTaken     when someone booked the time first
 */
public final class BookMeeting {

    private static final System.Logger LOG = System.getLogger(BookMeeting.class.getName());
    private static final SecureRandom TOKENS = new SecureRandom();

    private final Leads leads;
    private final Assignments assignments;
    private final MeetingTypes meetingTypes;
    private final Reps reps;
    private final Pools pools;
    private final Bookings bookings;
    private final SlotHolds holds;
    private final CalendarConnections connections;
    private final PoolTurns turns;
    private final MeetingNotices notices;
    private final Offers offers;
    private final Events events;
    private final CalendarWrites calendarWrites;
    private final BookingOutcomes outcomes;
    private final Clock clock;

    public BookMeeting(
            Leads leads,
            Assignments assignments,
            MeetingTypes meetingTypes,
            Reps reps,
            Pools pools,
            Bookings bookings,
            SlotHolds holds,
            CalendarConnections connections,
            PoolTurns turns,
            MeetingNotices notices,
            FindSlots findSlots,
            Events events,
            CalendarWrites calendarWrites,
            BookingOutcomes outcomes,
            Clock clock) {
        this.events = events;
        this.calendarWrites = calendarWrites;
        this.outcomes = outcomes;
        this.leads = leads;
        this.assignments = assignments;
        this.meetingTypes = meetingTypes;
        this.reps = reps;
        this.pools = pools;
        this.bookings = bookings;
        this.holds = holds;
        this.connections = connections;
        this.turns = turns;
        this.notices = notices;
        this.offers = new Offers(findSlots, bookings, clock);
        this.clock = clock;
    }

    public Booked book(BookMeetingCommand command) {
        Booked booked;
        try {
            booked = bookOnce(command);
        } catch (SlotTaken taken) {
            outcomes.slotTaken();
            throw taken;
        }
        outcomes.booked(booked);
        return booked;
    }

    private Booked bookOnce(BookMeetingCommand command) {
        // The lead first: a key is looked up only for a lead that exists, whose caller the adapter has let book for it.
        Lead lead = leads.byId(command.lead())
                .orElseThrow(() ->
                        InputRejected.notFound("leadId", "lead", command.lead().value()));
        Idempotency claim = command.idempotency();
        if (claim != null) {
            Optional<Booking> earlier = bookings.byIdempotency(claim);
            if (earlier.isPresent()) {
                return repeat(earlier.get(), claim);
            }
        }
        MeetingType type = meetingTypes
                .byId(command.meetingType())
                .orElseThrow(() -> InputRejected.notFound(
                        "meetingTypeId", "meeting type", command.meetingType().value()));

        LeadHosts hosts = LeadHosts.of(lead, assignments.forLead(lead.id()))
                .orElseThrow(() ->
                        new InputRejected(ErrorCode.UNAVAILABLE, "leadId", "the lead has no rep or pool to meet"));
        RepId owner = hosts.owner();
        PoolId poolId = hosts.pool();
        Pool pool = poolId == null
                ? null
                : pools.byId(poolId)
                        .orElseThrow(
                                () -> new InputRejected(ErrorCode.UNAVAILABLE, "leadId", "the lead's pool is gone"));
        List<RepId> members = pool == null ? List.of(owner) : pool.repIds();
        if (command.rep() != null && !members.contains(command.rep())) {
            throw new InputRejected(ErrorCode.NOT_MEMBER, "repId", "this rep does not take this lead's meetings");
        }
        RepId single = command.rep() != null ? command.rep() : owner;
        List<RepId> free = offers.freeAt(
                single, single == null ? poolId : null, members, type, command.start(), command.timeZone());

        List<RepId> order = single != null ? List.of(single) : inTurn(pool, free);
        Interval when = Interval.of(command.start(), type.duration());
        Interval held = Booking.held(when, type.bufferBefore(), type.bufferAfter());
        BookingId id = BookingId.random();
        String attempt = SlotHolds.attempt();
        RepId chosen = null;
        for (RepId candidate : order) {
            if (holds.hold(candidate, held, id, attempt)) {
                chosen = candidate;
                break;
            }
        }
        if (chosen == null) {
            throw new SlotTaken(offers.fresh(
                    single, single == null ? poolId : null, type, command.start(), command.timeZone(), held));
        }
        Booking stored;
        try {
            stored = bookings.add(booking(id, lead, type, chosen, when, held, attempt, command));
        } catch (RuntimeException e) {
            holds.release(id, attempt);
            throw e;
        }
        if (!stored.id().equals(id)) {
            // A concurrent call with the same idempotency key stored first: its booking is the answer.
            holds.release(id, attempt);
            return repeat(stored, claim);
        }
        queue(notices, MeetingNotices.Kind.BOOKED, stored);
        record(events, stored, clock.instant());
        return new Booked(written(calendarWrites, bookings, stored), false, clock.instant());
    }

    /** The answer to a retry: the first call's booking, for the same request only. */
    private Booked repeat(Booking earlier, Idempotency claim) {
        if (earlier.idempotency() == null || !earlier.idempotency().sameRequest(claim)) {
            throw claim.conflict();
        }
        // Recorded again: idempotent, and it covers a first call stopped before it recorded the event.
        record(events, earlier, clock.instant());
        return new Booked(written(calendarWrites, bookings, earlier), true, clock.instant());
    }

    /** The event of the booking, for webhooks and subscriptions; its id makes recording it twice harmless. */
    private static void record(Events events, Booking booking, Instant at) {
        events.record(new MeetingBooked(
                booking.id().value(),
                booking.leadId(),
                booking.repId(),
                booking.when().start(),
                booking.when().end(),
                booking.meetingTypeId(),
                at));
    }

    /** The free members in the pool's rotation order from its next turn. */
    private List<RepId> inTurn(Pool pool, List<RepId> free) {
        List<RepId> order = new ArrayList<>();
        for (RepId member : turns.next(pool)) {
            if (free.contains(member)) {
                order.add(member);
            }
        }
        return order;
    }

    private Booking booking(
            BookingId id,
            Lead lead,
            MeetingType type,
            RepId repId,
            Interval when,
            Interval held,
            String attempt,
            BookMeetingCommand command) {
        Rep rep = reps.byId(repId).orElseThrow(() -> InputRejected.notFound("repId", "rep", repId.value()));
        Instant now = clock.instant();
        boolean writable = connections.of(repId).map(c -> c.writable()).orElse(false);
        CalendarSync calendar = writable ? CalendarSync.due(null, now) : CalendarSync.notNeeded(now);
        String who = lead.details().name() != null
                ? lead.details().name()
                : lead.details().email().value();
        return new Booking(
                id,
                lead.id(),
                repId,
                type.id(),
                when,
                held,
                command.timeZone(),
                BookingStatus.BOOKED,
                0,
                0,
                type.name() + ": " + who + " and " + rep.name(),
                type.locationFor(rep),
                rep.email().value(),
                lead.details().email().value(),
                token(),
                command.idempotency(),
                now,
                calendar,
                attempt);
    }

    private static String token() {
        byte[] bytes = new byte[24];
        TOKENS.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The booking as it stands after its calendar write was tried at once. */
    static Booking written(CalendarWrites calendarWrites, Bookings bookings, Booking booking) {
        calendarWrites.writeNow(booking.id());
        return bookings.byId(booking.id()).orElse(booking);
    }

    /** The booking stands whatever happens to its mail: a notice that cannot be queued is logged, not thrown. */
    static void queue(MeetingNotices notices, MeetingNotices.Kind kind, Booking booking) {
        try {
            notices.queue(kind, booking);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not queue the " + kind + " mail of booking " + booking.id(), e);
        }
    }
}
