package dev.switchboard.api.graphql;

import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.availability.Availability;
import dev.switchboard.domain.model.availability.WhenAvailabilityUnknown;
import dev.switchboard.domain.model.availability.WorkingHours;
import dev.switchboard.domain.model.meeting.MeetingType;
import dev.switchboard.scheduling.slots.Slots;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The shapes the schema shows of scheduling's model, mapped once here at the boundary. */
final class SchedulingViews {

    private static final DateTimeFormatter LOCAL_START = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx");
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private SchedulingViews() {}

    record WindowView(String start, String end) {
        static List<WindowView> of(List<WorkingHours.Window> windows) {
            return windows.stream()
                    .map(w -> new WindowView(
                            w.start().format(HOURS_MINUTES),
                            w.untilMidnight() ? "24:00" : w.end().format(HOURS_MINUTES)))
                    .toList();
        }
    }

    record WeeklyView(
            List<WindowView> monday,
            List<WindowView> tuesday,
            List<WindowView> wednesday,
            List<WindowView> thursday,
            List<WindowView> friday,
            List<WindowView> saturday,
            List<WindowView> sunday) {
        static WeeklyView of(WorkingHours hours) {
            return new WeeklyView(
                    WindowView.of(hours.on(DayOfWeek.MONDAY)),
                    WindowView.of(hours.on(DayOfWeek.TUESDAY)),
                    WindowView.of(hours.on(DayOfWeek.WEDNESDAY)),
                    WindowView.of(hours.on(DayOfWeek.THURSDAY)),
                    WindowView.of(hours.on(DayOfWeek.FRIDAY)),
                    WindowView.of(hours.on(DayOfWeek.SATURDAY)),
                    WindowView.of(hours.on(DayOfWeek.SUNDAY)));
        }
    }

    record DateOverrideView(String date, List<WindowView> windows) {}

    record TimeOffView(Instant start, Instant end, String note) {}

    record AvailabilityView(
            String repId,
            String timeZone,
            boolean standard,
            WeeklyView weekly,
            List<DateOverrideView> overrides,
            List<String> holidays,
            List<TimeOffView> timeOff) {
        static AvailabilityView of(Rep rep, Availability availability, boolean standard) {
            return new AvailabilityView(
                    rep.id().value(),
                    rep.timeZone().getId(),
                    standard,
                    WeeklyView.of(availability.weekly()),
                    availability.overrides().stream()
                            .map(o -> new DateOverrideView(o.date().toString(), WindowView.of(o.windows())))
                            .toList(),
                    availability.holidays().stream().map(Object::toString).toList(),
                    availability.timeOff().stream()
                            .map(t -> new TimeOffView(
                                    t.period().start(), t.period().end(), t.note()))
                            .toList());
        }
    }

    record MeetingTypeView(
            String id,
            String name,
            int durationMinutes,
            int slotIntervalMinutes,
            int bufferBeforeMinutes,
            int bufferAfterMinutes,
            int minimumNoticeMinutes,
            int horizonDays,
            Integer maxPerDay,
            String location) {
        static MeetingTypeView of(MeetingType t) {
            return new MeetingTypeView(
                    t.id().value(),
                    t.name(),
                    t.durationMinutes(),
                    t.slotIntervalMinutes(),
                    t.bufferBeforeMinutes(),
                    t.bufferAfterMinutes(),
                    t.minimumNoticeMinutes(),
                    t.horizonDays(),
                    t.maxPerDay(),
                    t.location());
        }
    }

    record SlotView(
            Instant start, Instant end, String localStart, String localDate, String localTime, List<String> repIds) {}

    record UnknownRepView(String repId, String reason) {}

    record AvailableSlotsView(
            String timeZone,
            List<SlotView> slots,
            boolean truncated,
            List<UnknownRepView> unknownReps,
            WhenAvailabilityUnknown whenAvailabilityUnknown,
            List<UserError> errors) {

        /**
         * The most slots one answer holds. The complexity limit counts a slot list as this many, so what a request
         * may cost is known before it runs (a pool open around the clock in 5-minute steps has thousands a month).
         */
        static final int MAX_SLOTS = 500;

        static AvailableSlotsView of(Slots found) {
            List<SlotView> slots = found.slots().stream()
                    .limit(MAX_SLOTS)
                    .map(slot -> {
                        ZonedDateTime local = slot.localStart(found.timeZone());
                        return new SlotView(
                                slot.start(),
                                slot.end(),
                                local.format(LOCAL_START),
                                local.toLocalDate().toString(),
                                local.toLocalTime().format(HOURS_MINUTES),
                                slot.reps().stream().map(RepId::value).toList());
                    })
                    .toList();
            return new AvailableSlotsView(
                    found.timeZone().getId(),
                    slots,
                    found.slots().size() > MAX_SLOTS,
                    found.unknown().stream()
                            .map(u -> new UnknownRepView(u.rep().value(), u.reason()))
                            .toList(),
                    found.policy(),
                    List.of());
        }

        /**
         * What a prospect (a widget) is shown: the slots, but nothing of which reps' calendars failed or why,
         * since a calendar's error names its server and, for a feed, the secret address.
         */
        AvailableSlotsView forProspects() {
            return new AvailableSlotsView(timeZone, slots, truncated, List.of(), whenAvailabilityUnknown, errors);
        }

        static AvailableSlotsView rejected(List<UserError> errors) {
            return new AvailableSlotsView(null, List.of(), false, List.of(), null, errors);
        }
    }
}
