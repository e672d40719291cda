package dev.switchboard.scheduling.slots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.availability.WhenAvailabilityUnknown;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.port.FreeSlots.Opening;
import dev.switchboard.scheduling.Scene;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whether reps have a free slot within a meeting type's notice and horizon: what availability-first routing asks. */
class FirstFreeSlotsTest {

    /** Monday 07:00 in Paris; the two-day horizon ends Wednesday at the same time. */
    private final Scene scene = new Scene(Instant.parse("2026-11-23T06:00:00Z"));

    private final RepId anna = scene.rep("Anna", "Europe/Paris");
    private final RepId ben = scene.rep("Ben", "Europe/Paris");
    private final MeetingTypeId intro = scene.meetingType(60, 60, 0, 0, 0, 2, null);
    private final PoolId pool = scene.pool(anna, ben);
    private final FirstFreeSlots freeSlots = new FirstFreeSlots(
            scene.meetingTypes, scene.availabilities, scene.bookings, scene.busyTimes, scene.policies, scene.clock);

    private static Interval at(String start, String end) {
        return new Interval(Instant.parse(start), Instant.parse(end));
    }

    private Map<RepId, Opening> ask(MeetingTypeId type) {
        List<Rep> members = List.of(
                scene.reps.byId(anna).orElseThrow(), scene.reps.byId(ben).orElseThrow());
        return freeSlots.of(type, pool, members);
    }

    @Test
    void a_rep_whose_working_hours_in_the_horizon_are_all_busy_has_no_free_slot() {
        scene.calendars.busy(scene.calDav(anna), List.of(at("2026-11-23T00:00:00Z", "2026-11-25T06:00:00Z")));

        assertThat(ask(intro))
                .containsExactlyInAnyOrderEntriesOf(Map.of(anna, Opening.NO_FREE_SLOT, ben, Opening.FREE));
    }

    @Test
    void one_free_hour_in_the_horizon_is_enough() {
        scene.calendars.busy(
                scene.calDav(anna),
                List.of(
                        at("2026-11-23T00:00:00Z", "2026-11-24T15:00:00Z"),
                        at("2026-11-24T16:00:00Z", "2026-11-25T06:00:00Z")));

        assertThat(ask(intro)).containsEntry(anna, Opening.FREE);
    }

    @Test
    void bookings_and_the_notice_count_as_they_do_for_offered_slots() {
        // Monday 08:00-16:00 UTC and Tuesday's hours booked; Wednesday's hours lie past the horizon.
        scene.bookings.book(anna, at("2026-11-23T08:00:00Z", "2026-11-23T16:00:00Z"));
        scene.bookings.book(anna, at("2026-11-24T08:00:00Z", "2026-11-24T16:00:00Z"));
        MeetingTypeId withNotice = scene.meetingType(60, 60, 0, 0, 24 * 60, 2, null);

        assertThat(ask(intro)).containsEntry(anna, Opening.NO_FREE_SLOT);
        assertThat(ask(withNotice)).containsEntry(ben, Opening.FREE);
    }

    @Test
    void an_unreadable_calendar_is_unknown_when_the_pool_excludes_unknown_members() {
        scene.calendars.fail(scene.calDav(anna), new CalendarFault(CalendarFault.Kind.UNAUTHORIZED, "token revoked"));

        assertThat(ask(intro)).containsEntry(anna, Opening.CALENDAR_UNKNOWN);
    }

    @Test
    void under_trust_working_hours_an_unreadable_calendar_is_judged_on_hours_and_bookings() {
        scene.calendars.fail(scene.calDav(anna), new CalendarFault(CalendarFault.Kind.UNAVAILABLE, "503"));
        scene.calendars.fail(scene.calDav(ben), new CalendarFault(CalendarFault.Kind.UNAVAILABLE, "503"));
        scene.policies.setWhenUnknown(pool, WhenAvailabilityUnknown.TRUST_WORKING_HOURS);
        scene.bookings.book(ben, at("2026-11-23T00:00:00Z", "2026-11-25T06:00:00Z"));

        assertThat(ask(intro))
                .containsExactlyInAnyOrderEntriesOf(Map.of(anna, Opening.FREE, ben, Opening.NO_FREE_SLOT));
    }

    @Test
    void each_calendar_is_read_once_per_question() {
        scene.calendars.busy(scene.calDav(anna), List.of(at("2026-11-23T00:00:00Z", "2026-11-25T06:00:00Z")));
        scene.calendars.busy(scene.calDav(ben), List.of());

        ask(intro);

        assertThat(scene.calendars.reads()).isEqualTo(2);
    }

    @Test
    void an_inactive_rep_has_no_free_slot_and_a_meeting_type_that_does_not_exist_leaves_everyone_free() {
        Rep inactive = scene.reps.byId(anna).orElseThrow().withStatus(false, null);

        assertThat(freeSlots.of(intro, pool, List.of(inactive))).containsEntry(anna, Opening.NO_FREE_SLOT);
        assertThat(ask(MeetingTypeId.random()))
                .containsOnly(Map.entry(anna, Opening.FREE), Map.entry(ben, Opening.FREE));
    }
}
