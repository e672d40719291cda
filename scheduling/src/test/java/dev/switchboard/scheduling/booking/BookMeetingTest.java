package dev.switchboard.scheduling.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.event.DomainEvent;
import dev.switchboard.domain.event.MeetingBooked;
import dev.switchboard.domain.fixture.InMemoryAssignments;
import dev.switchboard.domain.fixture.InMemoryLeads;
import dev.switchboard.domain.fixture.InMemoryRotations;
import dev.switchboard.domain.fixture.InMemorySlotHolds;
import dev.switchboard.domain.fixture.QueuedMeetingNotices;
import dev.switchboard.domain.fixture.RecordedEvents;
import dev.switchboard.domain.fixture.SampleLeads;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.IdempotencyKey;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.booking.Booking;
import dev.switchboard.domain.model.booking.BookingId;
import dev.switchboard.domain.model.booking.CalendarState;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.port.MeetingNotices;
import dev.switchboard.domain.port.SlotHolds;
import dev.switchboard.scheduling.Scene;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Booking, rescheduling and cancelling on the in-memory workspace, on a Monday in November (Paris is UTC+1). */
class BookMeetingTest {

    private static final Instant TUESDAY_NINE = Instant.parse("2026-11-24T08:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Scene scene = new Scene(Instant.parse("2026-11-23T06:00:00Z"));
    private final InMemoryLeads leads = new InMemoryLeads();
    private final InMemoryAssignments assignments = new InMemoryAssignments();
    private final InMemoryRotations rotations = new InMemoryRotations();
    private final InMemorySlotHolds holds = new InMemorySlotHolds(scene.clock);
    private final QueuedMeetingNotices notices = new QueuedMeetingNotices();
    private final PoolTurns roundRobin = (Pool pool) -> {
        long turn = rotations.nextTurn(pool.id());
        List<RepId> order = new ArrayList<>();
        for (int i = 0; i < pool.repIds().size(); i++) {
            order.add(pool.repIds().get((int) ((turn + i) % pool.repIds().size())));
        }
        return order;
    };
    private final RecordedEvents events = new RecordedEvents();
    private final BookMeeting bookMeeting = new BookMeeting(
            leads,
            assignments,
            scene.meetingTypes,
            scene.reps,
            scene.pools,
            scene.bookings,
            holds,
            scene.connections,
            roundRobin,
            notices,
            scene.findSlots,
            events,
            CalendarWrites.LATER,
            BookingOutcomes.UNCOUNTED,
            scene.clock);
    private final RescheduleBooking rescheduleBooking = new RescheduleBooking(
            scene.bookings,
            scene.meetingTypes,
            holds,
            notices,
            scene.findSlots,
            events,
            CalendarWrites.LATER,
            BookingOutcomes.UNCOUNTED,
            scene.clock);
    private final CancelBooking cancelBooking = new CancelBooking(
            scene.bookings, holds, notices, events, CalendarWrites.LATER, BookingOutcomes.UNCOUNTED, scene.clock);
    private final SweepStrayHolds sweepStrayHolds = new SweepStrayHolds(holds, scene.bookings, scene.clock);

    private final RepId anna = scene.rep("Anna", "Europe/Paris");
    private final RepId ben = scene.rep("Ben", "Europe/Paris");
    private final PoolId pool = scene.pool(anna, ben);
    private final MeetingTypeId intro = scene.meetingType(30, 30, 0, 15, 0, 365, null);

    private LeadId lead(int n) {
        Lead lead = new Lead(LeadId.random(), SampleLeads.prospect(n), null, pool, scene.clock.instant(), null);
        leads.add(lead);
        return lead.id();
    }

    private Booked book(LeadId lead, Instant start, String key) {
        return bookMeeting.book(
                new BookMeetingCommand(lead, intro, start, PARIS, null, IdempotencyKey.of("form:f", key)));
    }

    @Test
    void a_pool_lead_meets_the_member_whose_turn_it_is_and_the_next_free_one_when_that_member_is_taken() {
        Booking first = book(lead(1), TUESDAY_NINE, null).booking();
        Booking second = book(lead(2), TUESDAY_NINE, null).booking();
        Booking third =
                book(lead(3), TUESDAY_NINE.plus(Duration.ofHours(2)), null).booking();

        assertThat(List.of(first.repId(), second.repId(), third.repId())).containsExactly(anna, ben, anna);
        assertThatThrownBy(() -> book(lead(4), TUESDAY_NINE, null))
                .isInstanceOfSatisfying(
                        SlotTaken.class,
                        taken -> assertThat(taken.fresh().slots())
                                .isNotEmpty()
                                .noneMatch(s -> s.start().equals(TUESDAY_NINE)));
        assertThat(first.held())
                .as("the meeting and its 15 minutes after")
                .isEqualTo(new Interval(TUESDAY_NINE, TUESDAY_NINE.plus(Duration.ofMinutes(45))));
        assertThat(first.calendar().state()).as("Anna has no calendar").isEqualTo(CalendarState.NOT_NEEDED);
        assertThat(notices.queued())
                .extracting(q -> q.kind())
                .containsExactly(MeetingNotices.Kind.BOOKED, MeetingNotices.Kind.BOOKED, MeetingNotices.Kind.BOOKED);
    }

    @Test
    void a_retry_with_the_same_key_is_answered_with_the_first_booking_and_holds_nothing_more() {
        LeadId lead = lead(1);
        Booked first = book(lead, TUESDAY_NINE, "key-1");
        int held = holds.held();

        Booked retry = book(lead, TUESDAY_NINE, "key-1");

        assertThat(retry.repeated()).isTrue();
        assertThat(retry.booking().id()).isEqualTo(first.booking().id());
        assertThat(holds.held()).isEqualTo(held);
    }

    @Test
    void the_same_key_for_another_lead_or_time_is_a_conflict_and_books_nothing() {
        LeadId lead = lead(1);
        book(lead, TUESDAY_NINE, "key-1");
        int held = holds.held();

        for (Runnable other : List.<Runnable>of(
                () -> book(lead(2), TUESDAY_NINE, "key-1"),
                () -> book(lead, TUESDAY_NINE.plus(Duration.ofHours(2)), "key-1"))) {
            assertThatThrownBy(other::run).isInstanceOfSatisfying(InputRejected.class, e -> {
                assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_CONFLICT);
                assertThat(e.field()).isEqualTo("idempotencyKey");
            });
        }
        assertThat(holds.held()).isEqualTo(held);
    }

    @Test
    void the_same_key_in_another_callers_scope_books_anew_and_a_made_up_lead_is_not_found_before_any_key_is_read() {
        LeadId lead = lead(1);
        Booked mine = book(lead, TUESDAY_NINE, "key-1");

        Booked theirs = bookMeeting.book(new BookMeetingCommand(
                lead(2),
                intro,
                TUESDAY_NINE.plus(Duration.ofHours(2)),
                PARIS,
                null,
                new IdempotencyKey("form:other", "key-1")));
        assertThat(theirs.repeated()).isFalse();
        assertThat(theirs.booking().id()).isNotEqualTo(mine.booking().id());

        assertThatThrownBy(() -> bookMeeting.book(new BookMeetingCommand(
                        LeadId.random(), intro, TUESDAY_NINE, PARIS, null, new IdempotencyKey("form:f", "key-1"))))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.field()).isEqualTo("leadId");
                });
    }

    @Test
    void each_outcome_is_reported_as_answered_and_each_change_asks_its_calendar_write_at_once() {
        List<String> reported = new ArrayList<>();
        List<BookingId> writtenNow = new ArrayList<>();
        BookingOutcomes outcomes = new BookingOutcomes() {
            @Override
            public void booked(Booked booked) {
                reported.add(booked.repeated() ? "booked again" : "booked");
            }

            @Override
            public void slotTaken() {
                reported.add("slot taken");
            }

            @Override
            public void rescheduled(Rescheduled rescheduled) {
                reported.add(rescheduled.moved() ? "rescheduled" : "left where it was");
            }

            @Override
            public void cancelled(Cancelled cancelled) {
                reported.add("cancelled");
            }
        };
        BookMeeting booking = new BookMeeting(
                leads,
                assignments,
                scene.meetingTypes,
                scene.reps,
                scene.pools,
                scene.bookings,
                holds,
                scene.connections,
                roundRobin,
                notices,
                scene.findSlots,
                events,
                writtenNow::add,
                outcomes,
                scene.clock);
        RescheduleBooking rescheduling = new RescheduleBooking(
                scene.bookings,
                scene.meetingTypes,
                holds,
                notices,
                scene.findSlots,
                events,
                writtenNow::add,
                outcomes,
                scene.clock);
        CancelBooking cancelling =
                new CancelBooking(scene.bookings, holds, notices, events, writtenNow::add, outcomes, scene.clock);
        LeadId lead = lead(1);
        IdempotencyKey key = IdempotencyKey.of("form:f", "key-1");

        Booking booked = booking.book(new BookMeetingCommand(lead, intro, TUESDAY_NINE, PARIS, null, key))
                .booking();
        booking.book(new BookMeetingCommand(lead, intro, TUESDAY_NINE, PARIS, null, key));
        booking.book(new BookMeetingCommand(lead(2), intro, TUESDAY_NINE, PARIS, null, null));
        assertThatThrownBy(() -> booking.book(new BookMeetingCommand(lead(3), intro, TUESDAY_NINE, PARIS, null, null)))
                .isInstanceOf(SlotTaken.class);
        rescheduling.reschedule(booked.id(), TUESDAY_NINE.plus(Duration.ofHours(3)));
        rescheduling.reschedule(booked.id(), TUESDAY_NINE.plus(Duration.ofHours(3)));
        cancelling.cancel(booked.id());

        assertThat(reported)
                .containsExactly(
                        "booked",
                        "booked again",
                        "booked",
                        "slot taken",
                        "rescheduled",
                        "left where it was",
                        "cancelled");
        assertThat(writtenNow)
                .as("every answer but the refusal shows the write tried")
                .hasSize(6)
                .startsWith(booked.id());
    }

    @Test
    void a_time_no_slot_starts_at_is_not_offered_and_one_before_the_notice_is_out_of_range() {
        assertThatThrownBy(() -> book(lead(1), TUESDAY_NINE.plus(Duration.ofMinutes(10)), null))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.SLOT_NOT_OFFERED);
                    assertThat(e.field()).isEqualTo("start");
                });
        assertThatThrownBy(() -> book(lead(1), scene.clock.instant().minus(Duration.ofHours(1)), null))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_RANGE));
    }

    @Test
    void a_rescheduled_booking_holds_its_new_time_only_and_a_cancelled_one_nothing() {
        Booking booked = book(lead(1), TUESDAY_NINE, null).booking();

        Rescheduled moved = rescheduleBooking.reschedule(booked.id(), TUESDAY_NINE.plus(Duration.ofHours(3)));

        assertThat(moved.booking().sequence()).isEqualTo(1);
        assertThat(moved.previous()).isEqualTo(booked.when());
        assertThat(holds.held()).as("45 minutes in 5-minute steps").isEqualTo(9);
        assertThat(book(lead(2), TUESDAY_NINE, null).booking().when().start())
                .as("9:00 is free again")
                .isEqualTo(TUESDAY_NINE);
        assertThat(holds.held()).isEqualTo(18);

        Cancelled cancelled = cancelBooking.cancel(booked.id());

        assertThat(cancelled.booking().cancelled()).isTrue();
        assertThat(holds.held()).as("only the second booking's").isEqualTo(9);
        assertThatThrownBy(() -> cancelBooking.cancel(booked.id()))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ALREADY_CANCELLED));
        assertThat(notices.queued())
                .extracting(q -> q.kind())
                .containsExactly(
                        MeetingNotices.Kind.BOOKED,
                        MeetingNotices.Kind.RESCHEDULED,
                        MeetingNotices.Kind.BOOKED,
                        MeetingNotices.Kind.CANCELLED);
        assertThat(events.all())
                .extracting(DomainEvent::type)
                .containsExactly("MeetingBooked", "MeetingRescheduled", "MeetingBooked", "MeetingCancelled");
        assertThat(events.all()).first().isInstanceOfSatisfying(MeetingBooked.class, e -> {
            assertThat(e.bookingId()).isEqualTo(booked.id().value());
            assertThat(e.start()).isEqualTo(TUESDAY_NINE);
        });
    }

    @Test
    void of_two_reschedules_of_one_booking_at_once_the_loser_releases_only_its_own_holds() {
        Booking booked = book(lead(1), TUESDAY_NINE, null).booking();
        Instant eleven = TUESDAY_NINE.plus(Duration.ofHours(2));
        Instant noon = TUESDAY_NINE.plus(Duration.ofHours(3));
        // The second caller read the booking as the first did, then the first moved it to noon before the second held
        // 11:00.
        Interleaved racing = new Interleaved(() -> rescheduleBooking.reschedule(booked.id(), noon));
        RescheduleBooking second = new RescheduleBooking(
                scene.bookings,
                scene.meetingTypes,
                racing,
                notices,
                scene.findSlots,
                events,
                CalendarWrites.LATER,
                BookingOutcomes.UNCOUNTED,
                scene.clock);

        assertThatThrownBy(() -> second.reschedule(booked.id(), eleven))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SLOT_TAKEN));

        Booking now = scene.bookings.byId(booked.id()).orElseThrow();
        assertThat(now.when().start()).isEqualTo(noon);
        assertThat(holds.held())
                .as("noon stays held for the booking that moved there: 45 minutes in 5-minute steps")
                .isEqualTo(9);
    }

    @Test
    void holds_whose_booking_was_never_stored_are_swept_once_older_than_five_minutes_and_the_time_books_again() {
        // A process stopped between holding 9:00 for Anna and storing the booking.
        Interval held =
                Booking.held(Interval.of(TUESDAY_NINE, Duration.ofMinutes(30)), Duration.ZERO, Duration.ofMinutes(15));
        assertThat(holds.hold(anna, held, BookingId.random(), SlotHolds.attempt()))
                .isTrue();
        assertThatThrownBy(
                        () -> bookMeeting.book(new BookMeetingCommand(lead(1), intro, TUESDAY_NINE, PARIS, anna, null)))
                .as("the slot is offered, as slots read bookings, but cannot be booked")
                .isInstanceOf(SlotTaken.class);

        scene.clock.advance(Duration.ofMinutes(4));
        assertThat(sweepStrayHolds.sweep())
                .as("a booking may still be on its way")
                .isZero();
        scene.clock.advance(Duration.ofMinutes(2));
        assertThat(sweepStrayHolds.sweep()).isEqualTo(9);

        Booking booked = bookMeeting
                .book(new BookMeetingCommand(lead(2), intro, TUESDAY_NINE, PARIS, anna, null))
                .booking();
        assertThat(booked.repId()).isEqualTo(anna);
        scene.clock.advance(Duration.ofMinutes(10));
        assertThat(sweepStrayHolds.sweep())
                .as("a stored booking owns its holds")
                .isZero();
        assertThat(holds.held()).isEqualTo(9);
    }

    @Test
    void holds_a_cancelled_or_moved_booking_no_longer_owns_are_swept() {
        Booking moved = book(lead(1), TUESDAY_NINE, null).booking();
        Booking cancelled =
                book(lead(2), TUESDAY_NINE.plus(Duration.ofHours(1)), null).booking();
        // Processes that stopped after changing the bookings, before releasing the holds they no longer own.
        Interval noon = Interval.of(TUESDAY_NINE.plus(Duration.ofHours(3)), Duration.ofMinutes(30));
        Interval heldAtNoon = Booking.held(noon, Duration.ZERO, Duration.ofMinutes(15));
        String attempt = SlotHolds.attempt();
        assertThat(holds.hold(moved.repId(), heldAtNoon, moved.id(), attempt)).isTrue();
        assertThat(scene.bookings.change(moved.movedTo(noon, heldAtNoon, attempt, moved.calendar())))
                .isTrue();
        assertThat(scene.bookings.change(cancelled.cancelled(cancelled.calendar())))
                .isTrue();
        assertThat(holds.held()).isEqualTo(27);

        scene.clock.advance(Duration.ofMinutes(6));

        assertThat(sweepStrayHolds.sweep()).as("9:00 and 10:00").isEqualTo(18);
        assertThat(holds.held()).as("noon, which the moved booking owns").isEqualTo(9);
    }

    /** Holds that let another caller run first, once, just before the first hold. */
    private final class Interleaved implements SlotHolds {
        private Runnable first;

        Interleaved(Runnable first) {
            this.first = first;
        }

        @Override
        public boolean hold(RepId rep, Interval held, BookingId booking, String attempt) {
            if (first != null) {
                Runnable run = first;
                first = null;
                run.run();
            }
            return holds.hold(rep, held, booking, attempt);
        }

        @Override
        public void release(BookingId booking, String attempt) {
            holds.release(booking, attempt);
        }

        @Override
        public List<Held> heldBefore(Instant heldBefore, Instant from) {
            return holds.heldBefore(heldBefore, from);
        }

        @Override
        public void drop(Held step) {
            holds.drop(step);
        }
    }
}
