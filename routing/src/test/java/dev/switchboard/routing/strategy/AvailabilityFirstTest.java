package dev.switchboard.routing.strategy;

import static dev.switchboard.routing.World.A;
import static dev.switchboard.routing.World.B;
import static dev.switchboard.routing.World.C;
import static dev.switchboard.routing.World.D;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.switchboard.domain.fixture.SampleLeads;
import dev.switchboard.domain.model.Assignment;
import dev.switchboard.domain.model.Candidate;
import dev.switchboard.domain.model.Candidate.SkipReason;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.Reason;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.model.availability.WhenAvailabilityUnknown;
import dev.switchboard.domain.model.meeting.MeetingType;
import dev.switchboard.routing.World;
import dev.switchboard.routing.intake.SubmitLeadCommand;
import dev.switchboard.routing.setup.SetPoolAvailabilityFirst;
import dev.switchboard.routing.setup.UpdatePool;
import dev.switchboard.routing.setup.UpdatePoolCommand;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** An availability-first pool passes over members who could not be booked: no free slot, or a calendar it cannot trust. */
class AvailabilityFirstTest {

    private final World world = new World();
    private final MeetingType demo = new MeetingType(MeetingTypeId.random(), "Demo", 30, 30, 0, 0, 60, 14, null, null);
    private final SetPoolAvailabilityFirst setAvailabilityFirst =
            new SetPoolAvailabilityFirst(world.pools, world.meetingTypes);

    AvailabilityFirstTest() {
        world.meetingTypes.add(demo);
    }

    private Pool availabilityFirst(Pool pool) {
        return setAvailabilityFirst.set(pool.id(), demo.id());
    }

    private Assignment submit(Pool pool, int n) {
        return world.submitLead
                .submit(SubmitLeadCommand.toPool(pool.id(), SampleLeads.prospect(n), null))
                .assignment()
                .orElseThrow();
    }

    private List<RepId> repsFor(Pool pool, int count) {
        return IntStream.range(0, count).mapToObj(n -> submit(pool, n).repId()).toList();
    }

    @Test
    void given_a_round_robin_pool_A_B_C_where_B_is_fully_booked_leads_go_A_C_C_A_and_B_is_passed_over_for_it() {
        Pool pool = availabilityFirst(world.pool(A, B, C));
        world.freeSlots.fullyBooked(B);

        Assignment first = submit(pool, 0);
        Assignment second = submit(pool, 1);

        assertThat(first.repId()).isEqualTo(A);
        assertThat(repsFor(pool, 2)).containsExactly(C, A);

        assertThat(second.explanation().candidates())
                .extracting(Candidate::repId, Candidate::skipped)
                .containsExactly(tuple(B, SkipReason.NO_FREE_SLOT), tuple(C, null));
        assertThat(second.explanation().reason())
                .isEqualTo(new Reason.PoolDrew(
                        pool.id(),
                        "Pool 1",
                        new Reason.Method(Strategy.ROUND_ROBIN, null, null, null, List.of(), demo.id()),
                        1,
                        3,
                        3,
                        1,
                        1,
                        0));
    }

    @Test
    void an_unreadable_calendar_is_passed_over_when_the_pool_excludes_unknown_members_the_default() {
        Pool pool = availabilityFirst(world.pool(A, B));
        world.freeSlots.unreadable(A);

        Assignment first = submit(pool, 0);

        assertThat(first.repId()).isEqualTo(B);
        assertThat(first.explanation().candidates().get(0).skipped()).isEqualTo(SkipReason.CALENDAR_UNKNOWN);
        assertThat(first.explanation().reason().values())
                .containsEntry("passedOver", 1L)
                .containsEntry("calendarUnknown", 1L)
                .containsEntry("noFreeSlot", 0L);
    }

    @Test
    void under_trust_working_hours_an_unreadable_calendar_is_judged_on_working_hours_and_bookings() {
        Pool pool = availabilityFirst(world.pool(A, B, C));
        world.slotPolicies.setWhenUnknown(pool.id(), WhenAvailabilityUnknown.TRUST_WORKING_HOURS);
        world.freeSlots.unreadable(A);
        world.freeSlots.unreadable(B);
        world.freeSlots.fullyBooked(B);

        Assignment first = submit(pool, 0);
        Assignment second = submit(pool, 1);

        assertThat(first.repId()).isEqualTo(A);
        assertThat(second.repId()).isEqualTo(C);
        assertThat(second.explanation().candidates().get(0).skipped()).isEqualTo(SkipReason.NO_FREE_SLOT);
    }

    @Test
    void when_no_member_has_a_free_slot_the_lead_is_left_unassigned_and_explained() {
        Pool pool = availabilityFirst(world.pool(A, B));
        world.freeSlots.fullyBooked(A);
        world.freeSlots.unreadable(B);

        Assignment first = submit(pool, 0);

        assertThat(first.outcome()).isEqualTo(Outcome.UNASSIGNED);
        assertThat(first.explanation().reason().code()).isEqualTo(Reason.Code.POOL_PASSED_OVER);
        assertThat(first.explanation().reason().values())
                .containsEntry("noFreeSlot", 1L)
                .containsEntry("calendarUnknown", 1L);
    }

    @Test
    void a_pool_without_the_setting_never_asks_for_free_slots() {
        Pool pool = world.pool(A, B);
        world.freeSlots.fullyBooked(A);

        assertThat(repsFor(pool, 2)).containsExactly(A, B);
        assertThat(world.freeSlots.asked()).isEmpty();
    }

    @Test
    void members_are_asked_about_in_the_batches_the_draw_reads_them_in_and_absent_ones_are_not_asked() {
        List<RepId> six =
                IntStream.range(0, 6).mapToObj(i -> new RepId("member-" + i)).toList();
        six.forEach(id -> world.reps.add(new Rep(
                id,
                "Member " + id.value(),
                new EmailAddress(id.value() + "@sales.example"),
                ZoneId.of("Europe/Paris"),
                true,
                null)));
        Pool pool = availabilityFirst(world.pool(
                Strategy.ROUND_ROBIN,
                six.stream().map(id -> new PoolMember(id, 1)).toList()));
        world.awayUntil(six.get(1), Instant.parse("2026-12-01T00:00:00Z"));
        world.freeSlots.fullyBooked(six.get(0));
        world.freeSlots.fullyBooked(six.get(2));
        world.freeSlots.fullyBooked(six.get(3));

        Assignment first = submit(pool, 0);

        assertThat(first.repId()).isEqualTo(six.get(4));
        assertThat(world.freeSlots.asked())
                .containsExactly(List.of(six.get(0), six.get(2), six.get(3)), List.of(six.get(4), six.get(5)));
        assertThat(first.explanation().candidates())
                .extracting(Candidate::skipped)
                .containsExactly(
                        SkipReason.NO_FREE_SLOT,
                        SkipReason.OUT_OF_OFFICE,
                        SkipReason.NO_FREE_SLOT,
                        SkipReason.NO_FREE_SLOT,
                        null);
    }

    @Test
    void a_member_at_its_cap_is_passed_over_for_the_cap_and_its_calendar_is_not_asked_about() {
        Pool pool = availabilityFirst(
                world.pool(Strategy.ROUND_ROBIN, List.of(new PoolMember(A, 1, 1, null), new PoolMember(B, 1))));

        assertThat(repsFor(pool, 2)).containsExactly(A, B);
        Assignment third = submit(pool, 2);

        assertThat(third.repId()).isEqualTo(B);
        assertThat(third.explanation().candidates().get(0).skipped()).isEqualTo(SkipReason.DAILY_CAP);
        assertThat(world.freeSlots.asked()).containsExactly(List.of(A, B), List.of(B), List.of(B));
    }

    @Test
    void equal_distribution_asks_about_every_member_at_once_and_passes_over_the_fully_booked() {
        Pool pool = availabilityFirst(world.pool(
                Strategy.EQUAL_DISTRIBUTION,
                List.of(new PoolMember(A, 1), new PoolMember(B, 1), new PoolMember(C, 1))));
        world.freeSlots.fullyBooked(A);

        assertThat(repsFor(pool, 4)).containsOnly(B, C).hasSize(4);
        assertThat(world.freeSlots.asked())
                .allSatisfy(asked -> assertThat(asked).containsExactlyInAnyOrder(A, B, C));
    }

    @Test
    void a_simulation_asks_the_same_and_names_the_rep_the_next_lead_gets() {
        Pool pool = availabilityFirst(world.pool(A, B, C));
        world.freeSlots.fullyBooked(A);
        Lead lead = new Lead(LeadId.random(), SampleLeads.prospect(1), null, pool.id(), world.clock.instant(), null);

        Assignment simulated = world.routeLead.simulateToPool(lead, pool.id());

        assertThat(simulated.repId()).isEqualTo(B);
        assertThat(simulated.explanation().candidates().get(0).skipped()).isEqualTo(SkipReason.NO_FREE_SLOT);
        assertThat(world.freeSlots.asked()).hasSize(1);
        assertThat(submit(pool, 1).repId()).isEqualTo(B);
    }

    @Test
    void the_setting_names_an_existing_pool_and_meeting_type_and_null_turns_it_off() {
        Pool pool = world.pool(A, B);

        assertThatThrownBy(() -> setAvailabilityFirst.set(pool.id(), MeetingTypeId.random()))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.field()).isEqualTo("meetingTypeId");
                });
        assertThatThrownBy(() -> setAvailabilityFirst.set(PoolId.random(), demo.id()))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("poolId"));
        assertThat(world.pools.byId(pool.id()).orElseThrow().availabilityFirst())
                .isNull();

        assertThat(availabilityFirst(pool).availabilityFirst()).isEqualTo(demo.id());
        assertThat(setAvailabilityFirst.set(pool.id(), null).availabilityFirst())
                .isNull();
        assertThat(world.pools.byId(pool.id()).orElseThrow().availabilityFirst())
                .isNull();
    }

    @Test
    void updating_the_pool_keeps_the_setting() {
        Pool pool = availabilityFirst(world.pool(A, B));

        new UpdatePool(world.pools, world.reps)
                .update(new UpdatePoolCommand(
                        pool.id(),
                        "Renamed",
                        Strategy.ROUND_ROBIN,
                        List.of(new PoolMember(D, 1)),
                        ZoneId.of("Europe/Paris"),
                        null,
                        null,
                        null));

        assertThat(world.pools.byId(pool.id()).orElseThrow().availabilityFirst())
                .isEqualTo(demo.id());
    }
}
