package dev.switchboard.scheduling.adapter.ics;

import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.model.calendar.CalendarEvent;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.CalendarFault.Kind;
import dev.switchboard.domain.model.calendar.EventRef;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.port.Calendars;
import dev.switchboard.scheduling.adapter.CalendarAddress;
import dev.switchboard.scheduling.adapter.ICalendarBusyTime;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.fortuna.ical4j.model.Calendar;

/**
 * Read-only iCalendar feeds published at a URL (RFC 5545 over HTTP), such as a calendar shared as ICS by
 * Outlook, Google or Apple. Each read asks the server whether the feed changed ({@code If-None-Match},
 * {@code If-Modified-Since} from its last answer) and reuses the parsed feed on a 304; the last feeds read
 * are kept in memory, a bounded number of them.
 *
 * <p>Writing is refused with {@code READ_ONLY}. HTTP answers become {@link CalendarFault}s: 401/403
 * {@code UNAUTHORIZED}, 404/410 {@code NOT_FOUND}, 429 {@code RATE_LIMITED}, 5xx, timeouts and refused
 * connections {@code UNAVAILABLE}; a body that is not iCalendar, or larger than the limit, {@code MALFORMED}.
 */
public final class IcsFeedCalendars implements Calendars {

    private final HttpClient http;
    private final Duration requestTimeout;
    private final Duration deadline;
    private final long maxFeedBytes;
    private final ICalendarBusyTime reader;
    private final FeedCache cache;

    /**
     * @param connectTimeout how long to wait for a connection to the feed's host
     * @param requestTimeout how long to wait for each answer once connected, its whole body included
     * @param cachedFeeds    how many feeds to keep parsed in memory, the least recently read dropped first
     * @param maxFeedBytes   the largest feed accepted
     * @param floatingZone   the zone of floating times and all-day events in feeds that name none
     */
    public IcsFeedCalendars(
            Duration connectTimeout, Duration requestTimeout, int cachedFeeds, long maxFeedBytes, ZoneId floatingZone) {
        // Feeds move (http to https, a CDN): follow redirects, except from https down to http.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.deadline = connectTimeout.plus(requestTimeout);
        this.maxFeedBytes = maxFeedBytes;
        this.reader = new ICalendarBusyTime(floatingZone);
        this.cache = new FeedCache(cachedFeeds);
    }

    @Override
    public boolean supports(CalendarConnection connection) {
        return connection instanceof CalendarConnection.IcsFeed;
    }

    @Override
    public List<Interval> busy(CalendarConnection connection, Instant from, Instant to) {
        return reader.busy(List.of(feed(url(connection))), new Interval(from, to));
    }

    @Override
    public List<Interval> busy(CalendarConnection connection, Instant from, Instant to, ZoneId repZone) {
        return reader.busy(List.of(feed(url(connection))), new Interval(from, to), repZone);
    }

    @Override
    public EventRef create(CalendarConnection connection, CalendarEvent event) {
        throw readOnly(connection);
    }

    @Override
    public EventRef update(CalendarConnection connection, EventRef ref, CalendarEvent event) {
        throw readOnly(connection);
    }

    @Override
    public void delete(CalendarConnection connection, EventRef ref) {
        throw readOnly(connection);
    }

    private static CalendarFault readOnly(CalendarConnection connection) {
        return new CalendarFault(Kind.READ_ONLY, "an ICS feed is read-only");
    }

    private static URI url(CalendarConnection connection) {
        if (!(connection instanceof CalendarConnection.IcsFeed feed)) {
            throw new IllegalArgumentException(
                    "not an ICS feed: " + connection.getClass().getSimpleName());
        }
        return feed.url();
    }

    /** The feed parsed: from the cache when the server says it has not changed, else read anew. */
    private Calendar feed(URI url) {
        FeedCache.Entry cached = cache.get(url);
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(url)
                    .timeout(requestTimeout)
                    .header("Accept", "text/calendar, */*;q=0.5")
                    .GET();
        } catch (IllegalArgumentException e) {
            throw new CalendarFault(Kind.NOT_FOUND, "not an http(s) URL: " + CalendarAddress.host(url), e);
        }
        if (cached != null) {
            cached.validators().forEach(request::header);
        }
        HttpResponse<byte[]> response = send(request.build());
        int status = response.statusCode();
        if (status == 304 && cached != null) {
            return cached.calendar();
        }
        if (status / 100 != 2) {
            throw fault(url, status);
        }
        Calendar calendar = ICalendarBusyTime.parse(new String(response.body(), charset(response)));
        String etag = response.headers().firstValue("ETag").orElse(null);
        String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
        // A feed served without validators can never be answered 304: keeping it would only take memory.
        if (etag != null || lastModified != null) {
            cache.put(url, new FeedCache.Entry(calendar, etag, lastModified));
        }
        return calendar;
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        // Only a 2xx body is kept, and only up to the limit; any other answer's body is dropped unread.
        HttpResponse.BodyHandler<byte[]> body = answer -> answer.statusCode() / 100 == 2
                ? new BoundedBody(maxFeedBytes)
                : HttpResponse.BodySubscribers.replacing(new byte[0]);
        CompletableFuture<HttpResponse<byte[]>> answer = http.sendAsync(request, body);
        try {
            // The request's own timeout ends once the answer's head is in; this bounds its body too.
            return answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new CalendarFault(
                    Kind.UNAVAILABLE, "no whole answer from " + CalendarAddress.host(request.uri()) + " in time", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof BoundedBody.TooLarge) {
                throw new CalendarFault(
                        Kind.MALFORMED,
                        "the feed at " + CalendarAddress.host(request.uri()) + " is " + cause.getMessage(),
                        cause);
            }
            if (cause instanceof HttpTimeoutException) {
                throw new CalendarFault(
                        Kind.UNAVAILABLE, "no answer from " + CalendarAddress.host(request.uri()) + " in time", cause);
            }
            throw new CalendarFault(
                    Kind.UNAVAILABLE, "cannot read " + CalendarAddress.host(request.uri()) + ": " + cause, cause);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new CalendarFault(
                    Kind.UNAVAILABLE, "interrupted while waiting for " + CalendarAddress.host(request.uri()), e);
        }
    }

    private static Charset charset(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Content-Type")
                .flatMap(type -> List.of(type.split(";")).stream()
                        .map(String::trim)
                        .filter(part -> part.toLowerCase().startsWith("charset="))
                        .map(part -> part.substring("charset=".length()).replace("\"", ""))
                        .flatMap(name -> known(name).stream())
                        .findFirst())
                .orElse(StandardCharsets.UTF_8);
    }

    private static Optional<Charset> known(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException unknown) {
            // A charset Java does not know, or a garbled name: iCalendar's default, UTF-8, is the best guess.
            return Optional.empty();
        }
    }

    private static CalendarFault fault(URI url, int status) {
        String what = "reading the feed at " + CalendarAddress.host(url) + ": HTTP " + status;
        if (status == 401 || status == 403) {
            return new CalendarFault(Kind.UNAUTHORIZED, what);
        }
        if (status == 404 || status == 410) {
            return new CalendarFault(Kind.NOT_FOUND, what);
        }
        if (status == 429) {
            return new CalendarFault(Kind.RATE_LIMITED, what);
        }
        if (status >= 500) {
            return new CalendarFault(Kind.UNAVAILABLE, what);
        }
        return new CalendarFault(Kind.MALFORMED, what + ", an answer this adapter does not expect");
    }
}
