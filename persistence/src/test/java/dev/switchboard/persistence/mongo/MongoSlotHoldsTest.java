package dev.switchboard.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.booking.BookingId;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.port.SlotHolds;
import dev.switchboard.domain.port.SlotHolds.Held;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** Slot holds against the embedded server: each hold attempt releases and loses only its own steps. */
class MongoSlotHoldsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");
    private static final Instant NINE = Instant.parse("2026-11-24T08:00:00Z");

    private static EmbeddedDatabase database;
    private static MongoTemplate template;
    private static MongoSlotHolds holds;

    private final RepId rep = RepId.random();
    private final BookingId booking = BookingId.random();

    @BeforeAll
    static void start() {
        database = EmbeddedDatabase.start("holds");
        template = database.template();
        holds = new MongoSlotHolds(template, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    private long heldBy(BookingId id) {
        return template.count(Query.query(where("bookingId").is(id.value())), MongoSlotHolds.COLLECTION);
    }

    @Test
    void two_attempts_for_one_booking_each_release_only_their_own_steps() {
        String first = SlotHolds.attempt();
        String second = SlotHolds.attempt();
        assertThat(holds.hold(rep, Interval.of(NINE, Duration.ofMinutes(30)), booking, first))
                .isTrue();
        assertThat(holds.hold(
                        rep, Interval.of(NINE.plus(Duration.ofHours(2)), Duration.ofMinutes(30)), booking, second))
                .isTrue();

        holds.release(booking, first);

        assertThat(heldBy(booking)).as("the second attempt's 30 minutes").isEqualTo(6);
        assertThat(holds.hold(rep, Interval.of(NINE, Duration.ofMinutes(30)), BookingId.random(), SlotHolds.attempt()))
                .isTrue();
    }

    @Test
    void steps_are_listed_by_when_they_were_held_and_dropped_only_while_the_same_attempt_holds_them() {
        String attempt = SlotHolds.attempt();
        assertThat(holds.hold(rep, Interval.of(NINE, Duration.ofMinutes(10)), booking, attempt))
                .isTrue();

        assertThat(holds.heldBefore(NOW, NOW).stream().filter(h -> h.rep().equals(rep)))
                .as("held at NOW, not before")
                .isEmpty();
        assertThat(holds.heldBefore(NOW.plusSeconds(1), NINE.plus(Duration.ofMinutes(5))))
                .filteredOn(h -> h.rep().equals(rep))
                .containsExactly(new Held(rep, NINE.plus(Duration.ofMinutes(5)), booking, attempt));

        holds.drop(new Held(rep, NINE, booking, SlotHolds.attempt()));
        assertThat(heldBy(booking)).as("another attempt drops nothing").isEqualTo(2);
        holds.drop(new Held(rep, NINE, booking, attempt));
        assertThat(heldBy(booking)).isEqualTo(1);
    }

    @Test
    void steps_held_before_holds_recorded_attempts_are_released_by_the_booking_and_never_listed() {
        template.insert(
                new Document("_id", rep.value() + "|" + NINE.getEpochSecond())
                        .append("repId", rep.value())
                        .append("step", Date.from(NINE))
                        .append("bookingId", booking.value())
                        .append("generation", 0),
                MongoSlotHolds.COLLECTION);

        assertThat(holds.heldBefore(NOW.plus(Duration.ofDays(1)), NOW))
                .noneMatch(h -> h.rep().equals(rep));
        holds.release(booking, null);

        assertThat(heldBy(booking)).isZero();
    }
}
