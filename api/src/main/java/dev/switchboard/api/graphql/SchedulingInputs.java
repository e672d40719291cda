package dev.switchboard.api.graphql;

import static dev.switchboard.api.graphql.RouterInputs.at;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.availability.Availability;
import dev.switchboard.domain.model.availability.DateOverride;
import dev.switchboard.domain.model.availability.TimeOff;
import dev.switchboard.domain.model.availability.WhenAvailabilityUnknown;
import dev.switchboard.domain.model.availability.WorkingHours;
import dev.switchboard.scheduling.setup.MeetingTypeChanges;
import dev.switchboard.scheduling.setup.MeetingTypeDraft;
import dev.switchboard.scheduling.slots.FindSlotsQuery;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.graphql.data.ArgumentValue;

/**
 * The scheduling inputs of the schema and their translation into the model. Every rejection names
 * its place in the input, e.g. {@code weekly.monday[1].end} or {@code overrides[0].date}.
 */
final class SchedulingInputs {

    private SchedulingInputs() {}

    record AvailableSlotsInput(
            SlotOwnerInput of,
            String repId,
            String poolId,
            String meetingTypeId,
            Instant from,
            Instant to,
            String timeZone) {
        FindSlotsQuery toQuery() {
            if (of == null) {
                return query(repId, poolId);
            }
            if (repId != null || poolId != null) {
                throw new InputRejected(
                        ErrorCode.NOT_AN_OPTION,
                        repId != null ? "repId" : "poolId",
                        "give of or its older spelling repId/poolId, not both");
            }
            return query(of.repId(), of.poolId());
        }

        /** A rejection of the rep or pool sent inside of is named there: of.poolId, not poolId. */
        InputRejected named(InputRejected rejected) {
            boolean owner = "repId".equals(rejected.field()) || "poolId".equals(rejected.field());
            return of != null && owner && repId == null && poolId == null ? rejected.under("of") : rejected;
        }

        private FindSlotsQuery query(String repId, String poolId) {
            return new FindSlotsQuery(
                    repId == null ? null : new RepId(repId),
                    poolId == null ? null : new PoolId(poolId),
                    meetingTypeId == null ? null : new MeetingTypeId(meetingTypeId),
                    from,
                    to,
                    Rep.zone("timeZone", timeZone));
        }
    }

    /** Whose slots: exactly one rep or pool (GraphQL checks it, @oneOf). */
    record SlotOwnerInput(String repId, String poolId) {}

    record WindowInput(String start, String end) {
        WorkingHours.Window toWindow() {
            return new WorkingHours.Window(localTime("start", start, false), localTime("end", end, true));
        }
    }

    record WeeklyHoursInput(
            List<WindowInput> monday,
            List<WindowInput> tuesday,
            List<WindowInput> wednesday,
            List<WindowInput> thursday,
            List<WindowInput> friday,
            List<WindowInput> saturday,
            List<WindowInput> sunday) {
        WorkingHours toWorkingHours() {
            Map<DayOfWeek, List<WorkingHours.Window>> week = new EnumMap<>(DayOfWeek.class);
            // Each day is read on its own, so that one answer names every bad window of the week.
            List<InputRejected> faults = new ArrayList<>();
            InputsRejected.check(faults, () -> day(week, DayOfWeek.MONDAY, "monday", monday));
            InputsRejected.check(faults, () -> day(week, DayOfWeek.TUESDAY, "tuesday", tuesday));
            InputsRejected.check(faults, () -> day(week, DayOfWeek.WEDNESDAY, "wednesday", wednesday));
            InputsRejected.check(faults, () -> day(week, DayOfWeek.THURSDAY, "thursday", thursday));
            InputsRejected.check(faults, () -> day(week, DayOfWeek.FRIDAY, "friday", friday));
            InputsRejected.check(faults, () -> day(week, DayOfWeek.SATURDAY, "saturday", saturday));
            InputsRejected.check(faults, () -> day(week, DayOfWeek.SUNDAY, "sunday", sunday));
            InputsRejected.raise(faults);
            return new WorkingHours(week);
        }

        private static void day(
                Map<DayOfWeek, List<WorkingHours.Window>> week,
                DayOfWeek day,
                String field,
                List<WindowInput> windows) {
            if (windows != null) {
                week.put(day, windowsAt(field, windows));
            }
        }
    }

    record DateOverrideInput(String date, List<WindowInput> windows) {
        DateOverride toOverride() {
            return new DateOverride(
                    localDate("date", date), windowsAt("windows", windows == null ? List.of() : windows));
        }
    }

    record TimeOffInput(Instant start, Instant end, String note) {
        TimeOff toTimeOff() {
            return TimeOff.of(start, end, note);
        }
    }

    record SetAvailabilityInput(
            String repId,
            WeeklyHoursInput weekly,
            List<DateOverrideInput> overrides,
            List<String> holidays,
            List<TimeOffInput> timeOff) {
        Availability toAvailability() {
            // Each part is read on its own, so that one answer names every part at fault.
            List<InputRejected> faults = new ArrayList<>();
            WorkingHours hours =
                    weekly == null ? null : InputsRejected.collect(faults, () -> at("weekly", weekly::toWorkingHours));
            List<DateOverride> dates = InputsRejected.collect(
                    faults,
                    () -> list("overrides", overrides, Availability.MAX_OVERRIDES, DateOverrideInput::toOverride));
            List<String> given = holidays == null ? List.of() : holidays;
            List<LocalDate> off = new ArrayList<>();
            InputsRejected.check(faults, () -> bound("holidays", given.size(), Availability.MAX_HOLIDAYS));
            for (int i = 0; i < given.size() && i <= Availability.MAX_HOLIDAYS; i++) {
                String field = "holidays[" + i + "]";
                String day = given.get(i);
                off.add(InputsRejected.collect(faults, () -> localDate(field, day)));
            }
            List<TimeOff> away = InputsRejected.collect(
                    faults, () -> list("timeOff", timeOff, Availability.MAX_TIME_OFF, TimeOffInput::toTimeOff));
            InputsRejected.raise(faults);
            return new Availability(hours, dates, off, away);
        }
    }

    record AddTimeOffInput(String repId, Instant start, Instant end, String note) {}

    record MeetingTypeInput(
            String name,
            Integer durationMinutes,
            Integer slotIntervalMinutes,
            Integer bufferBeforeMinutes,
            Integer bufferAfterMinutes,
            Integer minimumNoticeMinutes,
            Integer horizonDays,
            Integer maxPerDay,
            String location) {
        MeetingTypeDraft toDraft() {
            return new MeetingTypeDraft(
                    name,
                    durationMinutes,
                    slotIntervalMinutes,
                    bufferBeforeMinutes,
                    bufferAfterMinutes,
                    minimumNoticeMinutes,
                    horizonDays,
                    maxPerDay,
                    location);
        }
    }

    /** The settings to change beside the id, each omitted left as it is; or, deprecated, every setting. */
    record UpdateMeetingTypeInput(
            String meetingTypeId,
            MeetingTypeInput meetingType,
            ArgumentValue<String> name,
            ArgumentValue<Integer> durationMinutes,
            ArgumentValue<Integer> slotIntervalMinutes,
            ArgumentValue<Integer> bufferBeforeMinutes,
            ArgumentValue<Integer> bufferAfterMinutes,
            ArgumentValue<Integer> minimumNoticeMinutes,
            ArgumentValue<Integer> horizonDays,
            ArgumentValue<Integer> maxPerDay,
            ArgumentValue<String> location,
            Integer expectedVersion) {

        MeetingTypeChanges changes() {
            if (meetingType != null) {
                try {
                    MeetingTypeChanges whole = MeetingTypeChanges.whole(meetingType.toDraft());
                    return new MeetingTypeChanges(
                            whole.name(),
                            whole.durationMinutes(),
                            whole.slotIntervalMinutes(),
                            whole.bufferBeforeMinutes(),
                            whole.bufferAfterMinutes(),
                            whole.minimumNoticeMinutes(),
                            whole.horizonDays(),
                            whole.maxPerDay(),
                            whole.location(),
                            expectedVersion);
                } catch (InputRejected rejected) {
                    throw rejected.under("meetingType");
                }
            }
            return new MeetingTypeChanges(
                    Changes.of(name),
                    Changes.of(durationMinutes),
                    Changes.of(slotIntervalMinutes),
                    Changes.of(bufferBeforeMinutes),
                    Changes.of(bufferAfterMinutes),
                    Changes.of(minimumNoticeMinutes),
                    Changes.of(horizonDays),
                    Changes.of(maxPerDay),
                    Changes.of(location),
                    expectedVersion);
        }
    }

    record SetPoolSlotPolicyInput(String poolId, WhenAvailabilityUnknown whenAvailabilityUnknown) {}

    /** HH:mm; an end may be 24:00, the midnight that ends the day. */
    private static LocalTime localTime(String field, String text, boolean end) {
        if (text == null) {
            throw InputRejected.required(field);
        }
        if (end && text.strip().equals("24:00")) {
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, field, field + " must be a local time HH:mm, e.g. 09:30");
        }
    }

    private static LocalDate localDate(String field, String text) {
        if (text == null) {
            throw InputRejected.required(field);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InputRejected(
                    ErrorCode.INVALID_FORMAT, field, field + " must be a date yyyy-MM-dd, e.g. 2026-12-24");
        }
    }

    private static List<WorkingHours.Window> windowsAt(String field, List<WindowInput> windows) {
        return list(field, windows, WorkingHours.MAX_WINDOWS_PER_DAY, WindowInput::toWindow);
    }

    private static <I, T> List<T> list(String field, List<I> inputs, int max, Function<I, T> build) {
        if (inputs == null) {
            return List.of();
        }
        bound(field, inputs.size(), max);
        List<InputRejected> faults = new ArrayList<>();
        List<T> built = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            I input = inputs.get(i);
            String path = field + "[" + i + "]";
            built.add(InputsRejected.collect(faults, () -> at(path, () -> build.apply(input))));
        }
        InputsRejected.raise(faults);
        return built;
    }

    /** Refuses an oversized list before anything in it is built. */
    private static void bound(String field, int size, int max) {
        if (size > max) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, field, field + " holds at most " + max + " entries");
        }
    }
}
