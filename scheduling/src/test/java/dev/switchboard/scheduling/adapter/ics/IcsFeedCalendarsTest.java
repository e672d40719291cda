package dev.switchboard.scheduling.adapter.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.model.calendar.CalendarEvent;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.CalendarFault.Kind;
import dev.switchboard.domain.model.calendar.EventRef;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.scheduling.adapter.ics.FeedServer.Feed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IcsFeedCalendarsTest {

    private static final Instant FROM = Instant.parse("2026-10-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-12-01T00:00:00Z");
    private static final String LAST_MODIFIED = "Mon, 02 Nov 2026 10:00:00 GMT";

    private FeedServer server;
    private IcsFeedCalendars feeds;

    @BeforeEach
    void start() throws IOException {
        server = new FeedServer();
        feeds = adapter(16);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static IcsFeedCalendars adapter(int cachedFeeds) {
        return new IcsFeedCalendars(
                Duration.ofSeconds(2), Duration.ofMillis(500), cachedFeeds, 1_000_000, ZoneId.of("Europe/Paris"));
    }

    private static String fixture(String name) {
        try (InputStream in = IcsFeedCalendarsTest.class.getResourceAsStream("/ical/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CalendarConnection.IcsFeed feed(String path) {
        return new CalendarConnection.IcsFeed(server.url(path));
    }

    private static Interval at(String start, String end) {
        return new Interval(Instant.parse(start), Instant.parse(end));
    }

    private static void fails(Kind kind, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        CalendarFault.class, fault -> assertThat(fault.kind()).isEqualTo(kind));
    }

    private static final List<Interval> OUTLOOK_BUSY = List.of(
            at("2026-10-23T08:00:00Z", "2026-10-23T09:00:00Z"), at("2026-10-30T09:00:00Z", "2026-10-30T10:00:00Z"));

    @Test
    void a_feed_is_read_over_http_into_busy_time() {
        server.publish("/outlook.ics", Feed.of(fixture("outlook-windows-zone.ics"), "\"v1\"", null));

        assertThat(feeds.busy(feed("/outlook.ics"), FROM, TO)).isEqualTo(OUTLOOK_BUSY);
    }

    @Test
    void a_second_read_asks_with_the_etag_and_a_304_answer_reuses_the_feed_read_before() {
        server.publish("/outlook.ics", Feed.of(fixture("outlook-windows-zone.ics"), "\"v1\"", LAST_MODIFIED));

        feeds.busy(feed("/outlook.ics"), FROM, TO);
        List<Interval> again = feeds.busy(feed("/outlook.ics"), FROM, TO);

        assertThat(again).isEqualTo(OUTLOOK_BUSY);
        assertThat(server.requests())
                .containsExactly(
                        new FeedServer.Request("/outlook.ics", null, null, 200),
                        new FeedServer.Request("/outlook.ics", "\"v1\"", LAST_MODIFIED, 304));
    }

    @Test
    void a_feed_with_only_a_last_modified_date_is_asked_about_with_if_modified_since() {
        server.publish("/outlook.ics", Feed.of(fixture("outlook-windows-zone.ics"), null, LAST_MODIFIED));

        feeds.busy(feed("/outlook.ics"), FROM, TO);
        assertThat(feeds.busy(feed("/outlook.ics"), FROM, TO)).isEqualTo(OUTLOOK_BUSY);

        assertThat(server.requests())
                .extracting(FeedServer.Request::ifModifiedSince, FeedServer.Request::status)
                .containsExactly(tuple(null, 200), tuple(LAST_MODIFIED, 304));
    }

    @Test
    void a_feed_that_changed_is_read_anew() {
        server.publish("/rep.ics", Feed.of(fixture("outlook-windows-zone.ics"), "\"v1\"", null));
        feeds.busy(feed("/rep.ics"), FROM, TO);

        server.publish("/rep.ics", Feed.of(fixture("weekly-paris-across-dst.ics"), "\"v2\"", null));

        assertThat(feeds.busy(feed("/rep.ics"), FROM, TO))
                .hasSize(4)
                .first()
                .isEqualTo(at("2026-10-19T07:00:00Z", "2026-10-19T07:30:00Z"));
        assertThat(server.requests()).extracting(FeedServer.Request::status).containsExactly(200, 200);
    }

    @Test
    void the_cache_keeps_only_as_many_feeds_as_it_was_given_dropping_the_least_recently_read() {
        IcsFeedCalendars oneFeedCache = adapter(1);
        server.publish("/a.ics", Feed.of(fixture("outlook-windows-zone.ics"), "\"a\"", null));
        server.publish("/b.ics", Feed.of(fixture("weekly-paris-across-dst.ics"), "\"b\"", null));

        oneFeedCache.busy(feed("/a.ics"), FROM, TO);
        oneFeedCache.busy(feed("/b.ics"), FROM, TO);
        oneFeedCache.busy(feed("/a.ics"), FROM, TO);
        oneFeedCache.busy(feed("/a.ics"), FROM, TO);

        assertThat(server.requests())
                .extracting(FeedServer.Request::path, FeedServer.Request::ifNoneMatch)
                .containsExactly(
                        tuple("/a.ics", null), tuple("/b.ics", null), tuple("/a.ics", null), tuple("/a.ics", "\"a\""));
    }

    @Test
    void a_feed_that_is_not_icalendar_is_malformed() {
        server.publish("/broken.ics", Feed.of("<html><body>Sign in to see this calendar</body></html>", "\"x\"", null));

        fails(Kind.MALFORMED, () -> feeds.busy(feed("/broken.ics"), FROM, TO));
    }

    @Test
    void a_feed_larger_than_the_limit_is_malformed() {
        IcsFeedCalendars small =
                new IcsFeedCalendars(Duration.ofSeconds(2), Duration.ofSeconds(2), 4, 100, ZoneId.of("UTC"));
        server.publish("/big.ics", Feed.of(fixture("outlook-windows-zone.ics"), null, null));

        fails(Kind.MALFORMED, () -> small.busy(feed("/big.ics"), FROM, TO));
    }

    @Test
    void a_server_that_does_not_answer_in_time_is_unavailable() {
        server.publish("/slow.ics", Feed.stallingBeforeAnswering());

        fails(Kind.UNAVAILABLE, () -> feeds.busy(feed("/slow.ics"), FROM, TO));
    }

    @Test
    void a_server_that_stops_halfway_through_the_feed_is_unavailable() {
        server.publish("/half.ics", Feed.stallingMidBody(fixture("outlook-windows-zone.ics")));

        fails(Kind.UNAVAILABLE, () -> feeds.busy(feed("/half.ics"), FROM, TO));
    }

    @Test
    void a_closed_port_is_unavailable() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        CalendarConnection.IcsFeed nowhere =
                new CalendarConnection.IcsFeed(URI.create("http://127.0.0.1:" + closed + "/feed.ics"));

        fails(Kind.UNAVAILABLE, () -> feeds.busy(nowhere, FROM, TO));
    }

    @Test
    void http_failures_say_whether_a_retry_may_help() {
        server.publish("/gone.ics", Feed.failing(404));
        server.publish("/private.ics", Feed.failing(401));
        server.publish("/down.ics", Feed.failing(503));
        server.publish("/busy.ics", Feed.failing(429));

        fails(Kind.NOT_FOUND, () -> feeds.busy(feed("/gone.ics"), FROM, TO));
        fails(Kind.UNAUTHORIZED, () -> feeds.busy(feed("/private.ics"), FROM, TO));
        fails(Kind.UNAVAILABLE, () -> feeds.busy(feed("/down.ics"), FROM, TO));
        fails(Kind.RATE_LIMITED, () -> feeds.busy(feed("/busy.ics"), FROM, TO));
    }

    @Test
    void a_feed_takes_no_bookings() {
        CalendarEvent event = new CalendarEvent(
                "b-1",
                0,
                at("2026-11-03T10:00:00Z", "2026-11-03T10:30:00Z"),
                "Demo",
                null,
                null,
                "rep@example.test",
                List.of("prospect@example.test"));

        assertThat(feeds.supports(feed("/rep.ics"))).isTrue();
        assertThat(feeds.supports(new CalendarConnection.None())).isFalse();
        fails(Kind.READ_ONLY, () -> feeds.create(feed("/rep.ics"), event));
        fails(Kind.READ_ONLY, () -> feeds.update(feed("/rep.ics"), new EventRef("x", null), event));
        fails(Kind.READ_ONLY, () -> feeds.delete(feed("/rep.ics"), new EventRef("x", null)));
        assertThat(server.requests()).isEmpty();
    }
}
