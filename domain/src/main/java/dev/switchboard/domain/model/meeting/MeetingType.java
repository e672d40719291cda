package dev.switchboard.domain.model.meeting;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.Text;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A kind of meeting prospects book, e.g. "30-minute intro".
 *
 * @param durationMinutes      how long the meeting lasts
 * @param slotIntervalMinutes  the step between slot starts, counted from the rep's local midnight (30 gives :00 and :30);
 *                             divides a day
 * @param bufferBeforeMinutes  free time kept before the meeting: a busy stretch closer than this rules the slot out
 * @param bufferAfterMinutes   free time kept after it
 * @param minimumNoticeMinutes how long before its start a slot may still be booked
 * @param horizonDays          how far ahead slots are offered
 * @param maxPerDay            the most meetings a rep takes in one of their local days (all meeting types), or null
 * @param location             a place or a conference link; {@code {repId}}, {@code {repName}} and {@code {repEmail}}
 *                             are filled in for the rep who takes the meeting, percent-encoded where they stand in a
 *                             link (after a {@code scheme://} in the same run of non-blank characters). May be null.
 */
public record MeetingType(
        MeetingTypeId id,
        String name,
        int durationMinutes,
        int slotIntervalMinutes,
        int bufferBeforeMinutes,
        int bufferAfterMinutes,
        int minimumNoticeMinutes,
        int horizonDays,
        Integer maxPerDay,
        String location) {

    public static final int MAX_DURATION = 12 * 60;
    public static final int MAX_BUFFER = 4 * 60;
    public static final int MAX_NOTICE = 30 * 24 * 60;
    public static final int MAX_HORIZON_DAYS = 365;
    public static final int MAX_PER_DAY = 100;
    private static final int DAY = 24 * 60;

    public MeetingType {
        Objects.requireNonNull(id, "id");
        // Each setting is checked on its own, so that one answer names every one at fault.
        List<InputRejected> faults = new ArrayList<>();
        name = InputsRejected.collect(faults, name, v -> Text.required("name", v, Text.SHORT));
        InputsRejected.check(faults, () -> range("durationMinutes", durationMinutes, 5, MAX_DURATION));
        InputsRejected.check(faults, () -> {
            range("slotIntervalMinutes", slotIntervalMinutes, 5, DAY);
            if (DAY % slotIntervalMinutes != 0) {
                throw new InputRejected(
                        ErrorCode.OUT_OF_RANGE,
                        "slotIntervalMinutes",
                        "slotIntervalMinutes must divide a day (e.g. 10, 15, 20, 30, 60)");
            }
        });
        InputsRejected.check(faults, () -> range("bufferBeforeMinutes", bufferBeforeMinutes, 0, MAX_BUFFER));
        InputsRejected.check(faults, () -> range("bufferAfterMinutes", bufferAfterMinutes, 0, MAX_BUFFER));
        InputsRejected.check(faults, () -> range("minimumNoticeMinutes", minimumNoticeMinutes, 0, MAX_NOTICE));
        InputsRejected.check(faults, () -> range("horizonDays", horizonDays, 1, MAX_HORIZON_DAYS));
        if (maxPerDay != null) {
            InputsRejected.check(faults, () -> range("maxPerDay", maxPerDay, 1, MAX_PER_DAY));
        }
        location = InputsRejected.collect(faults, location, v -> Text.optional("location", v, Text.LONG));
        InputsRejected.raise(faults);
    }

    private static void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, field, field + " must be between " + min + " and " + max);
        }
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    public Duration slotInterval() {
        return Duration.ofMinutes(slotIntervalMinutes);
    }

    public Duration bufferBefore() {
        return Duration.ofMinutes(bufferBeforeMinutes);
    }

    public Duration bufferAfter() {
        return Duration.ofMinutes(bufferAfterMinutes);
    }

    public Duration minimumNotice() {
        return Duration.ofMinutes(minimumNoticeMinutes);
    }

    /**
     * The location for a meeting with {@code rep}, its placeholders filled in; null when the type has none. A value
     * filled into a link is percent-encoded (UTF-8, all but RFC 3986's unreserved characters), so a name with a space
     * keeps the link one working URL; in plain words it is left as it is.
     */
    public String locationFor(Rep rep) {
        if (location == null) {
            return null;
        }
        Map<String, String> values = Map.of(
                "{repId}",
                rep.id().value(),
                "{repName}",
                rep.name(),
                "{repEmail}",
                rep.email().value());
        StringBuilder filled = new StringBuilder();
        int wordStart = 0;
        for (int i = 0; i < location.length(); ) {
            char c = location.charAt(i);
            if (Character.isWhitespace(c)) {
                wordStart = filled.length() + 1;
            }
            String placeholder = placeholderAt(i, values);
            if (placeholder == null) {
                filled.append(c);
                i++;
                continue;
            }
            String value = values.get(placeholder);
            boolean inLink = filled.substring(wordStart).contains("://");
            filled.append(inLink ? percentEncoded(value) : value);
            i += placeholder.length();
        }
        return filled.toString();
    }

    private String placeholderAt(int index, Map<String, String> values) {
        for (String placeholder : values.keySet()) {
            if (location.startsWith(placeholder, index)) {
                return placeholder;
            }
        }
        return null;
    }

    private static String percentEncoded(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    /** The same meeting type under another id, e.g. to store an update of {@code id}. */
    public MeetingType withId(MeetingTypeId other) {
        return new MeetingType(
                other,
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
