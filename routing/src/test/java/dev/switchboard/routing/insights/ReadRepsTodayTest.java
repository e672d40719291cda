package dev.switchboard.routing.insights;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.port.RepDays;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Today is each rep's own calendar day in the rep's own zone, and a whole list is asked for at once. */
class ReadRepsTodayTest {

    private static final RepId ANA = new RepId("ana");
    private static final RepId BEN = new RepId("ben");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** The days asked for; Ana has three leads and a meeting in whatever day she is asked about. */
    private final List<Map<RepId, Interval>> asked = new ArrayList<>();

    private final RepDays days = requested -> {
        asked.add(requested);
        return Map.of(ANA, new RepDays.Day(3, 1));
    };

    private Map<RepId, ReadRepsToday.Today> at(String instant, Map<RepId, ZoneId> reps) {
        return new ReadRepsToday(days, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)).of(reps);
    }

    @Test
    void at_two_in_the_morning_utc_it_is_already_monday_in_paris_and_still_sunday_in_new_york() {
        Map<RepId, ZoneId> reps = new LinkedHashMap<>();
        reps.put(ANA, PARIS);
        reps.put(BEN, NEW_YORK);

        Map<RepId, ReadRepsToday.Today> today = at("2026-12-07T02:00:00Z", reps);

        assertThat(today.get(ANA).date()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(today.get(ANA).day())
                .isEqualTo(new Interval(Instant.parse("2026-12-06T23:00:00Z"), Instant.parse("2026-12-07T23:00:00Z")));
        assertThat(today.get(BEN).date()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(today.get(BEN).day().start()).isEqualTo(Instant.parse("2026-12-06T05:00:00Z"));
        assertThat(today.get(ANA).counts()).isEqualTo(new RepDays.Day(3, 1));
        assertThat(today.get(BEN).counts()).as("a rep with nothing today").isEqualTo(RepDays.Day.EMPTY);
        assertThat(asked).as("one call for the whole list").hasSize(1);
    }

    @Test
    void the_day_the_clocks_go_forward_in_paris_is_twenty_three_hours() {
        Map<RepId, ReadRepsToday.Today> today = at("2026-03-29T12:00:00Z", Map.of(ANA, PARIS));

        assertThat(today.get(ANA).day().length()).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void no_reps_ask_nothing() {
        assertThat(at("2026-12-07T02:00:00Z", Map.of())).isEmpty();
        assertThat(asked).isEmpty();
    }
}
