package dev.switchboard.scheduling.slots;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.availability.WhenAvailabilityUnknown;
import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.scheduling.Scene;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Calendars that fail, hang or have no adapter; and how often calendars are read. */
class UnknownAvailabilityTest {

    private static final String TUESDAY = "2026-11-24T00:00:00Z";
    private static final String WEDNESDAY = "2026-11-25T00:00:00Z";

    private final Scene scene = new Scene(Instant.parse("2026-11-23T06:00:00Z"));
    private final RepId anna = scene.rep("Anna", "Europe/Paris");
    private final RepId ben = scene.rep("Ben", "Europe/Paris");
    private final MeetingTypeId intro = scene.meetingType(60, 60, 0, 0, 0, 365, null);

    @Test
    void a_failing_calendar_excludes_its_rep_by_default_and_says_why() {
        scene.calendars.fail(scene.calDav(anna), new CalendarFault(CalendarFault.Kind.UNAUTHORIZED, "token revoked"));
        PoolId pool = scene.pool(anna, ben);

        Slots slots = scene.poolSlots(pool, intro, TUESDAY, WEDNESDAY);

        assertThat(slots.policy()).isEqualTo(WhenAvailabilityUnknown.EXCLUDE);
        assertThat(slots.slots())
                .hasSize(8)
                .allSatisfy(slot -> assertThat(slot.reps()).containsExactly(ben));
        assertThat(slots.unknown()).singleElement().satisfies(unknown -> {
            assertThat(unknown.rep()).isEqualTo(anna);
            assertThat(unknown.reason()).contains("UNAUTHORIZED", "token revoked");
        });
    }

    @Test
    void a_pool_that_trusts_working_hours_offers_the_unknown_reps_hours_and_still_reports_them() {
        scene.calendars.fail(scene.calDav(anna), new CalendarFault(CalendarFault.Kind.UNAVAILABLE, "503"));
        PoolId pool = scene.pool(anna, ben);
        scene.policies.setWhenUnknown(pool, WhenAvailabilityUnknown.TRUST_WORKING_HOURS);
        scene.bookings.book(
                anna, new Interval(Instant.parse("2026-11-24T08:00:00Z"), Instant.parse("2026-11-24T09:00:00Z")));

        Slots slots = scene.poolSlots(pool, intro, TUESDAY, WEDNESDAY);

        assertThat(slots.slots().get(0).reps()).as("bookings still count").containsExactly(ben);
        assertThat(slots.slots().get(1).reps()).containsExactly(anna, ben);
        assertThat(slots.unknown()).extracting(Slots.UnknownRep::rep).containsExactly(anna);
    }

    @Test
    void a_calendar_kind_no_adapter_reads_is_unknown_with_a_clear_reason() {
        scene.connections.connect(
                anna, new CalendarConnection.Google("primary", new CalendarConnection.OAuthRefreshToken("t")));

        Slots slots = scene.repSlots(anna, intro, TUESDAY, WEDNESDAY, "UTC");

        assertThat(slots.slots()).isEmpty();
        assertThat(slots.unknown())
                .singleElement()
                .extracting(Slots.UnknownRep::reason)
                .isEqualTo("no calendar adapter reads Google calendars here");
    }

    @Test
    void a_rep_with_no_calendar_or_the_none_connection_is_never_busy_and_never_unknown() {
        scene.connections.connect(ben, new CalendarConnection.None());

        Slots slots = scene.poolSlots(scene.pool(anna, ben), intro, TUESDAY, WEDNESDAY);

        assertThat(slots.slots())
                .hasSize(8)
                .allSatisfy(slot -> assertThat(slot.reps()).containsExactly(anna, ben));
        assertThat(slots.unknown()).isEmpty();
        assertThat(scene.calendars.reads()).isZero();
    }

    @Test
    void
            a_calendar_that_does_not_answer_in_time_is_unknown_while_the_others_are_read_and_is_not_asked_again_meanwhile() {
        ExecutorService threads = Executors.newCachedThreadPool();
        Scene slow = new Scene(Instant.parse("2026-11-23T06:00:00Z"), threads, Duration.ofMillis(200));
        try {
            RepId hanging = slow.rep("Hanging", "Europe/Paris");
            RepId quick = slow.rep("Quick", "Europe/Paris");
            slow.calendars.hang(slow.calDav(hanging));
            slow.calDav(quick);
            MeetingTypeId type = slow.meetingType(60, 60, 0, 0, 0, 365, null);

            Slots slots = slow.poolSlots(slow.pool(hanging, quick), type, TUESDAY, WEDNESDAY);

            assertThat(slots.slots())
                    .hasSize(8)
                    .allSatisfy(slot -> assertThat(slot.reps()).containsExactly(quick));
            assertThat(slots.unknown())
                    .singleElement()
                    .extracting(Slots.UnknownRep::reason)
                    .isEqualTo("the calendar did not answer within 200 ms");

            Slots next = slow.repSlots(hanging, type, TUESDAY, WEDNESDAY, "UTC");
            assertThat(next.unknown()).hasSize(1);
            assertThat(slow.calendars.reads())
                    .as("the read still under way is waited on, not repeated")
                    .isEqualTo(2);
        } finally {
            slow.calendars.release();
            threads.shutdown();
        }
    }

    @Test
    void a_calendar_is_read_once_while_its_busy_time_is_fresh_and_again_after_the_ttl_or_an_invalidation() {
        CalendarConnection calendar = scene.calDav(anna);
        scene.calendars.busy(calendar, List.of());

        scene.repSlots(anna, intro, TUESDAY, WEDNESDAY, "UTC");
        scene.repSlots(anna, intro, TUESDAY, "2026-11-24T12:00:00Z", "UTC");
        assertThat(scene.calendars.reads())
                .as("a narrower range within the TTL is served from the cache")
                .isEqualTo(1);

        scene.calendars.busy(
                calendar,
                List.of(new Interval(Instant.parse("2026-11-24T08:00:00Z"), Instant.parse("2026-11-24T09:00:00Z"))));
        assertThat(scene.repSlots(anna, intro, TUESDAY, WEDNESDAY, "UTC").slots())
                .as("still the cached, empty calendar")
                .hasSize(8);

        scene.busyTimes.invalidate(anna);
        assertThat(scene.repSlots(anna, intro, TUESDAY, WEDNESDAY, "UTC").slots())
                .as("read afresh after a booking")
                .hasSize(7);
        assertThat(scene.calendars.reads()).isEqualTo(2);

        scene.clock.advance(Scene.TTL);
        scene.repSlots(anna, intro, TUESDAY, WEDNESDAY, "UTC");
        assertThat(scene.calendars.reads()).isEqualTo(3);

        scene.repSlots(anna, intro, WEDNESDAY, "2026-11-26T00:00:00Z", "UTC");
        assertThat(scene.calendars.reads()).as("a range not read yet is read").isEqualTo(4);
    }

    @Test
    void a_pool_query_reads_each_members_calendar_once() {
        scene.calDav(anna);
        scene.calDav(ben);

        scene.poolSlots(scene.pool(anna, ben), intro, TUESDAY, "2026-12-08T00:00:00Z");

        assertThat(scene.calendars.reads()).isEqualTo(2);
    }
}
