package dev.switchboard.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.model.IdempotencyKey;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.booking.Booking;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;

/** A database from before idempotency keys were scoped, brought forward on start: the booking kept, its key legacy. */
class MongoBookingsTest {

    private static final Instant START = Instant.parse("2026-11-24T09:00:00Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** A booking as the code before scoped keys stored it, with its bare key. */
    private static Document oldBooking() {
        Document calendar = new Document("state", "NOT_NEEDED")
                .append("eventId", null)
                .append("eventEtag", null)
                .append("attempts", 0)
                .append("nextAttemptAt", Date.from(START))
                .append("lastError", null)
                .append("claimant", null)
                .append("leaseUntil", new Date(0));
        return new Document("_id", "booking-1")
                .append("leadId", "lead-1")
                .append("repId", "rep-1")
                .append("meetingTypeId", "intro")
                .append("start", Date.from(START))
                .append("end", Date.from(START.plusSeconds(1800)))
                .append("heldStart", Date.from(START))
                .append("heldEnd", Date.from(START.plusSeconds(1800)))
                .append("timeZone", PARIS.getId())
                .append("status", "BOOKED")
                .append("sequence", 0)
                .append("version", 0L)
                .append("title", "Intro")
                .append("location", null)
                .append("organizer", "rep@sales.example")
                .append("attendee", "ada@acme.example")
                .append("inviteToken", "token-1")
                .append("bookedAt", Date.from(START))
                .append("calendar", calendar)
                .append("holdAttempt", "attempt-1")
                .append("idempotencyKey", "old-key");
    }

    @Test
    void an_old_booking_is_kept_and_its_key_answers_only_the_identical_request() {
        try (EmbeddedDatabase database = EmbeddedDatabase.start("bookings")) {
            MongoTemplate mongo = database.template();
            mongo.indexOps(MongoBookings.COLLECTION)
                    .createIndex(new Index("idempotencyKey", Sort.Direction.ASC)
                            .unique()
                            .sparse()
                            .named("idempotencyKey_unique"));
            mongo.insert(oldBooking(), MongoBookings.COLLECTION);

            MongoBookings bookings = new MongoBookings(mongo);
            new MongoBookings(mongo);

            assertThat(mongo.indexOps(MongoBookings.COLLECTION).getIndexInfo())
                    .extracting(IndexInfo::getName)
                    .contains("idempotency_unique")
                    .doesNotContain("idempotencyKey_unique");
            IdempotencyKey key = new IdempotencyKey("form:a", "old-key");
            String same = Booking.request(new LeadId("lead-1"), new MeetingTypeId("intro"), START, PARIS, null);
            String later = Booking.request(
                    new LeadId("lead-1"), new MeetingTypeId("intro"), START.plusSeconds(3600), PARIS, null);
            assertThat(bookings.byIdempotency(key.claim(Booking.BOOK, same)))
                    .map(b -> b.id().value())
                    .contains("booking-1");
            assertThat(bookings.byIdempotency(key.claim(Booking.BOOK, later))).isEmpty();
            assertThat(bookings.byIdempotency(key.claim(Booking.BOOK, same))
                            .orElseThrow()
                            .inviteToken())
                    .isEqualTo("token-1");
        }
    }
}
