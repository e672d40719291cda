package dev.switchboard.scheduling.adapter.caldav;

import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.model.calendar.CalendarEvent;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.CalendarFault.Kind;
import dev.switchboard.domain.model.calendar.EventRef;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.port.Calendars;
import dev.switchboard.scheduling.adapter.CalendarAddress;
import dev.switchboard.scheduling.adapter.ICalendarBusyTime;
import dev.switchboard.scheduling.adapter.ICalendarEvent;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.ScheduleAgent;

/**
 * Calendars on CalDAV servers (RFC 4791): busy time by a {@code calendar-query} REPORT, bookings as one
 * resource per event, {@code <collection>/<uid>.ics}, written and removed under ETag preconditions so a
 * change made meanwhile on the server is never overwritten.
 *
 * <p>HTTP answers become {@link CalendarFault}s: 401/403 {@code UNAUTHORIZED}, 404/410 and redirects
 * {@code NOT_FOUND}, 412 {@code CONFLICT} (except on a create, see {@link #create}), 429 {@code RATE_LIMITED}, 5xx, timeouts and refused connections
 * {@code UNAVAILABLE}, anything else or an answer that is not XML or iCalendar {@code MALFORMED}.
 */
public final class CalDavCalendars implements Calendars {

    private static final String ICALENDAR = "text/calendar; charset=utf-8";
    private static final int RETRIES_ON_DROP = 3;

    private final HttpClient http;
    private final Duration requestTimeout;
    private final Duration deadline;
    private final ICalendarBusyTime reader;
    private final Clock clock;

    /**
     * @param connectTimeout how long to wait for a connection to the server
     * @param requestTimeout how long to wait for each answer once connected, its whole body included
     * @param floatingZone   the zone of floating times and all-day events in calendars that name none
     * @param clock          stamps the events written (DTSTAMP)
     */
    public CalDavCalendars(Duration connectTimeout, Duration requestTimeout, ZoneId floatingZone, Clock clock) {
        // Redirects are not followed: a PUT or REPORT replayed elsewhere may not mean the same; a moved
        // collection is reported so the connection is fixed. HTTP/1.1 only: small DAV servers (Radicale's
        // WSGI server among them) stumble over the HTTP/2 upgrade the JDK client would otherwise offer.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.deadline = connectTimeout.plus(requestTimeout);
        this.reader = new ICalendarBusyTime(floatingZone);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean supports(CalendarConnection connection) {
        return connection instanceof CalendarConnection.CalDav;
    }

    @Override
    public List<Interval> busy(CalendarConnection connection, Instant from, Instant to) {
        return reader.busy(report(connection, from, to), new Interval(from, to));
    }

    @Override
    public List<Interval> busy(CalendarConnection connection, Instant from, Instant to, ZoneId repZone) {
        return reader.busy(report(connection, from, to), new Interval(from, to), repZone);
    }

    /** The calendar resources with an event overlapping the window, each parsed. */
    private List<Calendar> report(CalendarConnection connection, Instant from, Instant to) {
        CalendarConnection.CalDav calDav = calDav(connection);
        Interval window = new Interval(from, to);
        HttpRequest request = request(calDav, collection(calDav))
                .header("Depth", "1")
                .header("Content-Type", "application/xml; charset=utf-8")
                .method("REPORT", BodyPublishers.ofString(CalendarQuery.overlapping(window)))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 207) {
            throw fault(response, "reading busy time");
        }
        return CalendarQuery.calendarData(response.body()).stream()
                .map(ICalendarBusyTime::parse)
                .toList();
    }

    /**
     * Puts the event at {@code <collection>/<uid>.ics} only if nothing is there. When something is (412), it is
     * this booking's event, made by an earlier try whose answer was lost: its URL and current ETag are answered.
     */
    @Override
    public EventRef create(CalendarConnection connection, CalendarEvent event) {
        CalendarConnection.CalDav calDav = calDav(connection);
        URI resource = collection(calDav).resolve(pathSegment(event.uid()) + ".ics");
        // If-None-Match: * makes the PUT a create only: an event already at this UID is answered 412.
        HttpRequest request = request(calDav, resource)
                .header("If-None-Match", "*")
                .header("Content-Type", ICALENDAR)
                .PUT(BodyPublishers.ofString(text(event), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() == 412) {
            // The resource's name comes from the UID, so what is there is this booking's event: a create retried
            // after its answer was lost finds its first copy. It is answered with the ETag read back, so the
            // booking keeps its event instead of failing beside an orphan.
            return existing(calDav, resource, event);
        }
        if (!succeeded(response)) {
            throw fault(response, "creating event " + event.uid());
        }
        return new EventRef(resource.toString(), etag(response));
    }

    /** The event's resource follows from its UID, {@code <collection>/<uid>.ics}, as {@link #create} puts it. */
    @Override
    public Optional<EventRef> where(CalendarConnection connection, CalendarEvent event) {
        CalendarConnection.CalDav calDav = calDav(connection);
        return Optional.of(new EventRef(
                collection(calDav).resolve(pathSegment(event.uid()) + ".ics").toString(), null));
    }

    private EventRef existing(CalendarConnection.CalDav calDav, URI resource, CalendarEvent event) {
        HttpResponse<String> response = send(request(calDav, resource).GET().build());
        if (!succeeded(response)) {
            throw fault(response, "reading back event " + event.uid() + ", which its create found there");
        }
        return new EventRef(resource.toString(), etag(response));
    }

    @Override
    public EventRef update(CalendarConnection connection, EventRef ref, CalendarEvent event) {
        CalendarConnection.CalDav calDav = calDav(connection);
        HttpRequest.Builder request = request(calDav, resource(ref))
                .header("Content-Type", ICALENDAR)
                .PUT(BodyPublishers.ofString(text(event), StandardCharsets.UTF_8));
        if (ref.etag() != null) {
            request.header("If-Match", ref.etag());
        }
        HttpResponse<String> response = send(request.build());
        if (!succeeded(response)) {
            throw fault(response, "updating event " + event.uid());
        }
        return new EventRef(ref.id(), etag(response));
    }

    @Override
    public void delete(CalendarConnection connection, EventRef ref) {
        CalendarConnection.CalDav calDav = calDav(connection);
        HttpRequest.Builder request = request(calDav, resource(ref)).DELETE();
        if (ref.etag() != null) {
            request.header("If-Match", ref.etag());
        }
        HttpResponse<String> response = send(request.build());
        int status = response.statusCode();
        if (!succeeded(response) && status != 404 && status != 410) {
            throw fault(response, "deleting event " + CalendarAddress.withoutSecrets(resource(ref)));
        }
    }

    private static CalendarConnection.CalDav calDav(CalendarConnection connection) {
        if (connection instanceof CalendarConnection.CalDav calDav) {
            return calDav;
        }
        throw new IllegalArgumentException(
                "not a CalDAV connection: " + connection.getClass().getSimpleName());
    }

    /** The collection's URL ending in a slash, so that resources resolve inside it. */
    private static URI collection(CalendarConnection.CalDav calDav) {
        String url = calDav.collection().toString();
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    /** The UID as one URL path segment: unreserved characters as they are, every other byte percent-encoded. */
    private static String pathSegment(String uid) {
        StringBuilder segment = new StringBuilder();
        for (byte b : uid.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~@".indexOf(c) >= 0) {
                segment.append(c);
            } else {
                segment.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return segment.toString();
    }

    private static URI resource(EventRef ref) {
        try {
            return URI.create(ref.id());
        } catch (IllegalArgumentException e) {
            throw new CalendarFault(Kind.NOT_FOUND, "not a CalDAV resource URL: " + CalendarAddress.host(ref.id()), e);
        }
    }

    private HttpRequest.Builder request(CalendarConnection.CalDav calDav, URI uri) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(uri).timeout(requestTimeout);
        } catch (IllegalArgumentException e) {
            throw new CalendarFault(Kind.NOT_FOUND, "not an http(s) URL: " + CalendarAddress.withoutSecrets(uri), e);
        }
        if (calDav.username() != null) {
            String password = calDav.password() == null ? "" : calDav.password();
            String credentials = Base64.getEncoder()
                    .encodeToString((calDav.username() + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + credentials);
        }
        return request;
    }

    /**
     * Sends a request, again at once when the connection drops before any answer: every request this adapter
     * makes is idempotent (REPORT, and PUT and DELETE under the same preconditions). Connections drop so with
     * servers that close after each answer (HTTP/1.0 ones such as Radicale's own): the JDK client may reuse a
     * connection before it notices the close, and a refused precondition answered before the request body was
     * read is sometimes lost to a reset. A timeout or a refused connection is not retried: it would only make
     * the caller wait longer.
     */
    private HttpResponse<String> send(HttpRequest request) {
        for (int attempt = 1; ; attempt++) {
            CompletableFuture<HttpResponse<String>> answer = http.sendAsync(request, BodyHandlers.ofString());
            try {
                // The request's own timeout ends once the answer's head is in; this bounds its body too.
                return answer.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                answer.cancel(true);
                throw new CalendarFault(
                        Kind.UNAVAILABLE,
                        "no whole answer from " + CalendarAddress.withoutSecrets(request.uri()) + " in time",
                        e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof HttpTimeoutException) {
                    throw new CalendarFault(
                            Kind.UNAVAILABLE,
                            "no answer from " + CalendarAddress.withoutSecrets(request.uri()) + " in time",
                            cause);
                }
                if (cause instanceof ConnectException) {
                    throw new CalendarFault(
                            Kind.UNAVAILABLE,
                            "cannot connect to " + CalendarAddress.withoutSecrets(request.uri()) + ": " + cause,
                            cause);
                }
                if (!(cause instanceof IOException) || attempt > RETRIES_ON_DROP) {
                    throw new CalendarFault(
                            Kind.UNAVAILABLE,
                            "the exchange with " + CalendarAddress.withoutSecrets(request.uri()) + " failed: " + cause,
                            cause);
                }
            } catch (InterruptedException e) {
                answer.cancel(true);
                Thread.currentThread().interrupt();
                throw new CalendarFault(
                        Kind.UNAVAILABLE,
                        "interrupted while waiting for " + CalendarAddress.withoutSecrets(request.uri()),
                        e);
            }
        }
    }

    /** The event as a VCALENDAR resource: no METHOD (RFC 4791 §4.1), attendees left to Switchboard's own invites. */
    private String text(CalendarEvent event) {
        VEvent vevent = ICalendarEvent.of(event, clock.instant());
        // SCHEDULE-AGENT=CLIENT (RFC 6638): a server that schedules on its own must not mail the prospect a
        // second invite; Switchboard sends it.
        vevent.getProperties(Property.ATTENDEE).forEach(attendee -> attendee.add(ScheduleAgent.CLIENT));
        Calendar calendar = ICalendarEvent.calendar();
        calendar.add(vevent);
        return ICalendarEvent.text(calendar);
    }

    private static boolean succeeded(HttpResponse<?> response) {
        return response.statusCode() / 100 == 2;
    }

    private static String etag(HttpResponse<?> response) {
        return response.headers().firstValue("ETag").orElse(null);
    }

    private static CalendarFault fault(HttpResponse<String> response, String doing) {
        int status = response.statusCode();
        String what = doing + " at " + CalendarAddress.withoutSecrets(response.uri()) + ": HTTP " + status;
        if (status == 401 || status == 403) {
            return new CalendarFault(Kind.UNAUTHORIZED, what);
        }
        if (status == 404 || status == 410) {
            return new CalendarFault(Kind.NOT_FOUND, what);
        }
        if (status / 100 == 3) {
            return new CalendarFault(
                    Kind.NOT_FOUND,
                    what + ", moved to "
                            + response.headers()
                                    .firstValue("Location")
                                    .map(CalendarAddress::host)
                                    .orElse("?"));
        }
        if (status == 412) {
            return new CalendarFault(Kind.CONFLICT, what + ", the event changed on the server");
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
