package dev.switchboard.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A booking link acts on its one booking until it expires; an edited or foreign link acts on nothing. */
class BookingLinksTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant TOMORROW = NOW.plusSeconds(24 * 3600);
    private final BookingLinks links =
            new BookingLinks("a key of thirty-two bytes or more, for tests".getBytes(StandardCharsets.UTF_8));

    @Test
    void a_link_verifies_to_its_booking_until_it_expires() {
        String token = links.sign("booking-42", TOMORROW);

        assertThat(links.verify(token, NOW)).contains("booking-42");
        assertThat(links.verify(token, TOMORROW.minusSeconds(1))).contains("booking-42");
        assertThat(links.verify(token, TOMORROW)).isEmpty();
    }

    @Test
    void a_link_with_its_booking_or_expiry_edited_verifies_to_nothing() {
        String token = links.sign("booking-42", TOMORROW);
        String[] parts = token.split("\\.");
        String otherBooking = links.sign("booking-43", TOMORROW).split("\\.")[0] + "." + parts[1] + "." + parts[2];
        String later = parts[0] + "." + (TOMORROW.getEpochSecond() + 86_400) + "." + parts[2];

        assertThat(links.verify(otherBooking, NOW)).isEmpty();
        assertThat(links.verify(later, NOW)).isEmpty();
    }

    @Test
    void a_link_made_with_another_key_or_not_made_at_all_verifies_to_nothing() {
        BookingLinks elsewhere =
                new BookingLinks("another key of thirty-two bytes or more!!".getBytes(StandardCharsets.UTF_8));

        assertThat(links.verify(elsewhere.sign("booking-42", TOMORROW), NOW)).isEmpty();
        for (String junk : new String[] {null, "", "a.b", "a.b.c.d", "!!.1.!!", "Ym9va2luZw.notanumber.AAAA"}) {
            assertThat(links.verify(junk, NOW)).as(String.valueOf(junk)).isEmpty();
        }
    }

    @Test
    void a_short_key_is_refused() {
        assertThatThrownBy(() -> new BookingLinks(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
