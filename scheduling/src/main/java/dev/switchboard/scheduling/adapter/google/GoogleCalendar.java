package dev.switchboard.scheduling.adapter.google;

import com.google.api.client.googleapis.services.AbstractGoogleClientRequest;
import com.google.api.client.http.HttpHeaders;
import com.google.api.client.http.HttpRequestFactory;
import com.google.api.client.http.HttpResponse;
import com.google.api.client.http.HttpResponseException;
import com.google.api.client.http.HttpTransport;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.client.util.DateTime;
import com.google.api.services.calendar.Calendar;
import com.google.api.services.calendar.model.Event;
import com.google.api.services.calendar.model.EventAttendee;
import com.google.api.services.calendar.model.EventDateTime;
import com.google.api.services.calendar.model.FreeBusyCalendar;
import com.google.api.services.calendar.model.FreeBusyRequest;
import com.google.api.services.calendar.model.FreeBusyRequestItem;
import com.google.api.services.calendar.model.FreeBusyResponse;
import com.google.api.services.calendar.model.TimePeriod;
import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.model.calendar.CalendarConnection.Google;
import dev.switchboard.domain.model.calendar.CalendarEvent;
import dev.switchboard.domain.model.calendar.CalendarFault;
import dev.switchboard.domain.model.calendar.CalendarFault.Kind;
import dev.switchboard.domain.model.calendar.EventRef;
import dev.switchboard.domain.model.calendar.Interval;
import dev.switchboard.domain.port.Calendars;
import dev.switchboard.domain.retry.Backoff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Google calendars through the Calendar API v3: busy time from {@code freebusy.query}, bookings through
 * {@code events.insert}, {@code events.patch} and {@code events.delete}. Each request is bounded by the
 * configured timeouts; a refused access token is renewed once; rate limits, 5xx and silences are tried
 * again a bounded number of times before they become a {@link CalendarFault}.
 */
public final class GoogleCalendar implements Calendars {

    /** Switchboard sends its own iCalendar invites; Google must not mail attendees a second one. */
    private static final String SEND_UPDATES = "none";

    private interface ApiCall<T> {
        T run(HttpHeaders authorization) throws IOException;
    }

    private final Calendar api;
    private final GoogleTokens tokens;
    private final RetryingCalls retries;

    public GoogleCalendar(GoogleCalendarSettings settings, Clock clock) {
        HttpTransport transport = new NetHttpTransport();
        HttpRequestFactory http = transport.createRequestFactory(request -> {
            request.setConnectTimeout(Math.toIntExact(settings.connectTimeout().toMillis()));
            request.setReadTimeout(Math.toIntExact(settings.readTimeout().toMillis()));
            // Retries are ours (RetryingCalls), so that each is counted and mapped the same way.
            request.setNumberOfRetries(0);
        });
        this.api = new Calendar.Builder(transport, GsonFactory.getDefaultInstance(), http.getInitializer())
                .setRootUrl(settings.apiRoot().toString())
                .setApplicationName("Switchboard")
                .build();
        this.tokens = new GoogleTokens(http, settings, clock);
        // No cap of its own: the pauses double as far as the attempts allow, as they always did.
        Duration first = settings.firstBackoff();
        this.retries = new RetryingCalls(Backoff.of(
                first,
                first.multipliedBy(1L << Math.min(20, Math.max(0, settings.attempts() - 1))),
                settings.attempts()));
    }

    @Override
    public boolean supports(CalendarConnection connection) {
        return connection instanceof Google;
    }

    @Override
    public List<Interval> busy(CalendarConnection connection, Instant from, Instant to) {
        Google google = google(connection);
        String what = "reading busy time of " + google.calendarId();
        FreeBusyRequest query = new FreeBusyRequest()
                .setTimeMin(dateTime(from))
                .setTimeMax(dateTime(to))
                .setItems(List.of(new FreeBusyRequestItem().setId(google.calendarId())));
        FreeBusyResponse answer = call(
                google,
                what,
                headers ->
                        GoogleFailures.parse(what, send(api.freebusy().query(query), headers), FreeBusyResponse.class));
        FreeBusyCalendar calendar =
                answer.getCalendars() == null ? null : answer.getCalendars().get(google.calendarId());
        if (calendar == null) {
            throw GoogleFailures.malformed(what + " (the calendar is missing from the answer)", null);
        }
        if (calendar.getErrors() != null && !calendar.getErrors().isEmpty()) {
            // Free/busy reports a calendar's own trouble in the body of a 200, e.g. {"reason":"notFound"}.
            String reason = calendar.getErrors().get(0).getReason();
            Kind kind = "notFound".equals(reason) ? Kind.NOT_FOUND : Kind.UNAVAILABLE;
            throw new CalendarFault(kind, what + ": Google answered " + reason);
        }
        List<Interval> busy = new ArrayList<>();
        for (TimePeriod period : calendar.getBusy() == null ? List.<TimePeriod>of() : calendar.getBusy()) {
            if (period.getStart() == null || period.getEnd() == null) {
                throw GoogleFailures.malformed(what + " (a busy period without start or end)", null);
            }
            Instant start = Instant.ofEpochMilli(period.getStart().getValue());
            Instant end = Instant.ofEpochMilli(period.getEnd().getValue());
            if (end.isAfter(start)) {
                busy.add(new Interval(start, end));
            }
        }
        busy.sort(null);
        return busy;
    }

    @Override
    public EventRef create(CalendarConnection connection, CalendarEvent event) {
        Google google = google(connection);
        String what = "writing event " + event.uid();
        // The id comes from the UID, so an insert retried after a lost answer finds its first copy (409)
        // instead of booking the rep twice.
        String id = eventId(event.uid());
        Event body = resource(event).setId(id).setICalUID(event.uid());
        try {
            Event written = call(
                    google,
                    what,
                    headers -> GoogleFailures.parse(
                            what,
                            send(api.events().insert(google.calendarId(), body).setSendUpdates(SEND_UPDATES), headers),
                            Event.class));
            return ref(written, what);
        } catch (CalendarFault fault) {
            if (fault.kind() != Kind.CONFLICT) {
                throw fault;
            }
            Event existing = call(
                    google,
                    what,
                    headers -> GoogleFailures.parse(
                            what, send(api.events().get(google.calendarId(), id), headers), Event.class));
            return ref(existing, what);
        }
    }

    /** The event's id follows from its UID ({@link #eventId}), as {@link #create} sets it. */
    @Override
    public Optional<EventRef> where(CalendarConnection connection, CalendarEvent event) {
        google(connection);
        return Optional.of(new EventRef(eventId(event.uid()), null));
    }

    @Override
    public EventRef update(CalendarConnection connection, EventRef ref, CalendarEvent event) {
        Google google = google(connection);
        String what = "moving event " + event.uid();
        Event written = call(google, what, headers -> {
            if (ref.etag() != null) {
                headers.setIfMatch(ref.etag());
            }
            return GoogleFailures.parse(
                    what,
                    send(
                            api.events()
                                    .patch(google.calendarId(), ref.id(), resource(event))
                                    .setSendUpdates(SEND_UPDATES),
                            headers),
                    Event.class);
        });
        return ref(written, what);
    }

    @Override
    public void delete(CalendarConnection connection, EventRef ref) {
        Google google = google(connection);
        String what = "removing event " + ref.id();
        try {
            call(google, what, headers -> {
                send(api.events().delete(google.calendarId(), ref.id()).setSendUpdates(SEND_UPDATES), headers)
                        .disconnect();
                return null;
            });
        } catch (CalendarFault fault) {
            // 404 or 410: already gone, which is what a delete wants.
            if (fault.kind() != Kind.NOT_FOUND) {
                throw fault;
            }
        }
    }

    private <T> T call(Google google, String what, ApiCall<T> call) {
        return retries.retry(() -> authorized(google, what, call));
    }

    /** One attempt; an access token Google refuses (401) is renewed and tried once more. */
    private <T> T authorized(Google google, String what, ApiCall<T> call) {
        try {
            return call.run(bearer(google));
        } catch (HttpResponseException refused) {
            if (refused.getStatusCode() != 401) {
                throw GoogleFailures.of(what, refused);
            }
        } catch (IOException silence) {
            throw GoogleFailures.of(what, silence);
        }
        tokens.forget(google.credential());
        try {
            return call.run(bearer(google));
        } catch (IOException failure) {
            throw GoogleFailures.of(what, failure);
        }
    }

    private HttpHeaders bearer(Google google) {
        return new HttpHeaders().setAuthorization("Bearer " + tokens.accessToken(google.credential()));
    }

    private static HttpResponse send(AbstractGoogleClientRequest<?> request, HttpHeaders headers) throws IOException {
        // Plain bodies: nothing to gain from gzip on a few hundred bytes, and they stay readable in a trace.
        return request.setDisableGZipContent(true).setRequestHeaders(headers).executeUnparsed();
    }

    private static Event resource(CalendarEvent event) {
        List<EventAttendee> attendees = event.attendees().stream()
                .map(email -> new EventAttendee().setEmail(email))
                .toList();
        return new Event()
                .setSummary(event.summary())
                .setDescription(event.description())
                .setLocation(event.location())
                .setSequence(event.sequence())
                .setStart(new EventDateTime().setDateTime(dateTime(event.when().start())))
                .setEnd(new EventDateTime().setDateTime(dateTime(event.when().end())))
                .setAttendees(attendees);
    }

    private static EventRef ref(Event written, String what) {
        if (written.getId() == null) {
            throw GoogleFailures.malformed(what + " (the event came back without an id)", null);
        }
        return new EventRef(written.getId(), written.getEtag());
    }

    /** Google's event ids take the base32hex letters (0-9, a-v), 5 to 1024 of them: a hex digest fits. */
    static String eventId(String uid) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(uid.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static DateTime dateTime(Instant instant) {
        return DateTime.parseRfc3339(instant.toString());
    }

    private static Google google(CalendarConnection connection) {
        if (connection instanceof Google google) {
            return google;
        }
        throw new IllegalArgumentException("not a Google calendar: " + connection);
    }
}
