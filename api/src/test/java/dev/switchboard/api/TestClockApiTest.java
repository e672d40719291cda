package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The app under test tells time by the clock the tests share ({@link TestClock}), never by the system clock. */
class TestClockApiTest extends ApiTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void a_lead_submitted_after_the_clock_is_set_back_to_a_tuesday_morning_is_stamped_that_tuesday_morning() {
        TestClock.app().setBackTo(DayOfWeek.TUESDAY, LocalTime.of(10, 0), PARIS);
        String pool = workspace.pool("Clocked", List.of(workspace.rep("Tess")));

        JsonNode lead = graphQl.execute("""
                mutation($input: SubmitLeadInput!) { submitLead(input: $input) { lead { submittedAt } errors { code } } }""", Map.of("input", Workspace.lead(pool, 1, Map.of())))
                .at("/data/submitLead/lead");

        ZonedDateTime stamped =
                Instant.parse(lead.at("/submittedAt").asString()).atZone(PARIS);
        assertThat(stamped.getDayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
        assertThat(stamped.getHour()).isEqualTo(10);
    }

    @Test
    void the_clock_goes_back_only_and_resumes_the_runs_own_time() {
        TestClock clock = TestClock.app();
        Instant ahead = clock.instant().plus(Duration.ofDays(1));

        clock.setBack(Duration.ofDays(2));
        Instant setBack = clock.instant();
        clock.resume();

        assertThatThrownBy(() -> clock.setBackTo(ahead)).isInstanceOf(IllegalArgumentException.class);
        assertThat(setBack).isBefore(ahead.minus(Duration.ofDays(2)));
        assertThat(clock.instant()).isAfter(setBack.plus(Duration.ofDays(1)));
    }
}
