package dev.switchboard.scheduling.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.availability.Availability;
import dev.switchboard.domain.model.availability.TimeOff;
import dev.switchboard.domain.model.meeting.MeetingType;
import dev.switchboard.scheduling.Scene;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Meeting types and availability as admins set them. */
class SetupTest {

    private final Scene scene = new Scene(Instant.parse("2026-11-23T06:00:00Z"));
    private final CreateMeetingType create = new CreateMeetingType(scene.meetingTypes);
    private final UpdateMeetingType update = new UpdateMeetingType(scene.meetingTypes);

    private static MeetingTypeDraft draft(Integer duration, Integer interval) {
        return new MeetingTypeDraft(
                "Intro", duration, interval, null, null, null, null, null, "https://meet.example/{repId}");
    }

    @Test
    void a_meeting_type_left_mostly_unset_gets_the_documented_defaults() {
        MeetingType thirty = create.create(draft(30, null));
        MeetingType fifty = create.create(draft(50, null));

        assertThat(thirty.slotIntervalMinutes()).isEqualTo(30);
        assertThat(fifty.slotIntervalMinutes()).as("50 does not divide a day").isEqualTo(15);
        assertThat(thirty.horizonDays()).isEqualTo(MeetingTypeDraft.DEFAULT_HORIZON_DAYS);
        assertThat(thirty.bufferBeforeMinutes()).isZero();
        assertThat(thirty.maxPerDay()).isNull();
        assertThat(thirty.locationFor(scene.reps.byId(scene.rep("Anna", "UTC")).orElseThrow()))
                .isEqualTo("https://meet.example/Anna");
    }

    @Test
    void meeting_type_settings_out_of_range_are_refused_naming_the_field() {
        assertThatThrownBy(() -> draft(0, null))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("durationMinutes"));
        assertThatThrownBy(() -> draft(30, 7))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("slotIntervalMinutes"));
        assertThatThrownBy(() -> new MeetingTypeDraft("Intro", 30, null, -5, null, null, null, null, null))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("bufferBeforeMinutes"));
        assertThatThrownBy(() -> new MeetingTypeDraft("Intro", 30, null, null, null, null, 0, null, null))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("horizonDays"));
        assertThatThrownBy(() -> new MeetingTypeDraft(" ", 30, null, null, null, null, null, null, null))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void an_update_replaces_every_setting_and_an_unknown_id_is_not_found() {
        MeetingType created = create.create(draft(30, null));

        MeetingType updated =
                update.update(created.id(), new MeetingTypeDraft("Demo", 60, 60, 10, 10, 240, 14, 3, null));

        assertThat(scene.meetingTypes.byId(created.id())).contains(updated);
        assertThat(updated.maxPerDay()).isEqualTo(3);
        assertThatThrownBy(() -> update.update(new MeetingTypeId("ghost"), draft(30, null)))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
                    assertThat(e.field()).isEqualTo("meetingTypeId");
                });
    }

    @Test
    void time_off_adds_to_the_standard_hours_of_a_rep_who_set_none_and_an_unknown_rep_is_refused() {
        RepId anna = scene.rep("Anna", "Europe/Paris");
        TimeOff leave =
                TimeOff.of(Instant.parse("2026-12-21T00:00:00Z"), Instant.parse("2027-01-04T00:00:00Z"), "holidays");

        Availability stored = new AddTimeOff(scene.reps, scene.availabilities).add(anna, leave);

        assertThat(stored.weekly()).isEqualTo(Availability.standard().weekly());
        assertThat(stored.timeOff()).containsExactly(leave);
        assertThatThrownBy(() -> new SetAvailability(scene.reps, scene.availabilities)
                        .set(new RepId("ghost"), Availability.standard()))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("repId"));
        assertThatThrownBy(() ->
                        TimeOff.of(Instant.parse("2026-12-21T00:00:00Z"), Instant.parse("2026-12-20T00:00:00Z"), null))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("end"));
    }
}
