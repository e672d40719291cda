package dev.switchboard.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Calendars failing under bookings: two reps on Google (an in-process stand-in answering Google's JSON) and one on
 * a real Radicale. While meetings are booked and some cancelled from four threads for {@code load.fault.seconds},
 * the stand-in answers in turn with timeouts (the write made, the answer lost), 500s, 429s with
 * {@code Retry-After} and connections closed with no answer, and Radicale is stopped, then started again. Then:
 * every booking acknowledged is there as acknowledged; every calendar write is done within two minutes of the
 * calendars answering again, each booking's event on its rep's calendar exactly once and no cancelled one left;
 * and meanwhile the admin API showed the faults (writes retrying with their last error, each calendar failing in
 * a rep's calendar health or a write's last error).
 * {@code ./mvnw -pl load verify -Pload -Dgatling.skip=true -Dtest=CalendarFault} (after packaging the app).
 */
class CalendarFault {

    private static final int SECONDS = Integer.getInteger("load.fault.seconds", 20);
    private static final Duration WRITES_DONE_WITHIN = Duration.ofMinutes(2);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static final String SUBMIT = "mutation($input: SubmitLeadInput!) { submitLead(input: $input) {"
            + " lead { id } assignment { outcome } errors { code } } }";
    private static final String BOOK = "mutation($input: BookMeetingInput!) { bookMeeting(input: $input) {"
            + " booking { id status calendar { state } } errors { code field } } }";
    private static final String CANCEL = "mutation($input: CancelBookingInput!) { cancelBooking(input: $input) {"
            + " booking { id status } errors { code field } } }";
    private static final String WATCH = """
            query($google: ID!, $caldav: ID!) {
              retrying: outbox(kind: CALENDAR_WRITE, state: "PENDING", first: 200) { id attempts lastError }
              failed: outbox(kind: CALENDAR_WRITE, state: "FAILED", first: 200) { id }
              google: rep(id: $google) { calendarHealth { ok lastError } }
              caldav: rep(id: $caldav) { calendarHealth { ok lastError } }
            }""";

    /** A booking the app acknowledged: its id, rep and start. */
    private record Acknowledged(String id, String rep, Instant start) {}

    @Test
    void bookings_made_while_calendars_fail_are_kept_and_written_once_when_the_calendars_answer_again()
            throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "calendar-fault");
        Map<String, String> settings = new HashMap<>();
        // Google's OAuth client and API at the stand-in; short timeouts and backoffs so the run is short.
        settings.put("switchboard.google.client-id", "switchboard-load.apps.googleusercontent.com");
        settings.put("switchboard.google.client-secret", "load-secret");
        settings.put("switchboard.google.read-timeout", "PT2S");
        settings.put("switchboard.google.connect-timeout", "PT2S");
        settings.put("switchboard.google.attempts", "2");
        settings.put("switchboard.google.first-backoff", "PT0.2S");
        settings.put("switchboard.calendars.timeout", "PT2S");
        settings.put("switchboard.calendars.connect-timeout", "PT2S");
        settings.put("switchboard.scheduling.busy-cache-ttl", "PT2S");
        settings.put("switchboard.scheduling.calendar-timeout", "PT3S");
        settings.put("switchboard.booking.outbox-interval", "PT0.5S");
        settings.put("switchboard.booking.first-retry", "PT1S");
        settings.put("switchboard.booking.max-retry", "PT4S");
        settings.put("switchboard.booking.max-attempts", "100");

        try (GoogleStandIn google = new GoogleStandIn(3_000);
                Radicale radicale = Radicale.start(data)) {
            settings.put(
                    "switchboard.google.auth-endpoint",
                    google.root().resolve("/auth").toString());
            settings.put(
                    "switchboard.google.token-endpoint",
                    google.root().resolve("/token").toString());
            settings.put("switchboard.google.api-root", google.root().toString());
            try (Switchboard app = Switchboard.app("calendar-app", null, settings)) {
                run(app, google, radicale);
            }
        }
    }

    private void run(Switchboard app, GoogleStandIn google, Radicale radicale) throws Exception {
        Api admin = Api.admin(app.url());
        String key = admin.execute(
                        "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }",
                        Map.of("input", Map.of("name", "calendar fault", "scopes", List.of("ADMIN"))))
                .at("/createApiKey/key")
                .asString();
        Api api = Api.withKey(app.url(), key);
        // Rep -> the consent code its Google calendar was connected with, or the Radicale collection.
        Map<String, String> googleReps = new LinkedHashMap<>();
        for (String name : List.of("Gia", "Gus")) {
            String rep = Workspace.rep(api, name);
            connectGoogle(app, api, rep, "code-" + name);
            googleReps.put(rep, "code-" + name);
        }
        String rafa = Workspace.rep(api, "Rafa");
        URI collection = radicale.url("/rafa/work/");
        HttpResponse<String> made =
                dav(HttpRequest.newBuilder(collection).method("MKCALENDAR", HttpRequest.BodyPublishers.noBody()));
        assertThat(made.statusCode()).as("MKCALENDAR " + made.body()).isEqualTo(201);
        JsonNode connected = api.execute(
                        "mutation($input: ConnectCalendarInput!) { connectCalendar(input: $input) { errors { code"
                                + " field message } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "repId",
                                        rafa,
                                        "caldav",
                                        Map.of("url", collection.toString(), "username", "rafa", "password", "any"))))
                .at("/connectCalendar/errors");
        assertThat(connected.size()).as(connected.toString()).isZero();
        List<String> reps = new ArrayList<>(googleReps.keySet());
        reps.add(rafa);
        Map<String, String> pools = new HashMap<>();
        for (String rep : reps) {
            pools.put(rep, Workspace.pool(api, List.of(rep)));
        }
        String meetingType = api.execute(
                        "mutation($input: CreateMeetingTypeInput!) { createMeetingType(input: $input) { meetingType { id } } }",
                        Map.of("input", Map.of("name", "Intro", "durationMinutes", 30)))
                .at("/createMeetingType/meetingType/id")
                .asString();

        // The load: leads and bookings on distinct half-hours from tomorrow on, some cancelled.
        Instant firstSlot = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(1));
        AtomicInteger slots = new AtomicInteger();
        Map<String, Acknowledged> booked = new ConcurrentHashMap<>();
        Set<String> cancelled = ConcurrentHashMap.newKeySet();
        Set<String> unsure = ConcurrentHashMap.newKeySet();
        Map<String, AtomicLong> refusals = new ConcurrentHashMap<>();
        AtomicLong failedRequests = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Map<String, ConcurrentLinkedQueue<String>> toCancel = new ConcurrentHashMap<>();
        reps.forEach(rep -> toCancel.put(rep, new ConcurrentLinkedQueue<>()));
        ExecutorService threads = Executors.newFixedThreadPool(5);
        for (int t = 0; t < 4; t++) {
            threads.submit(() -> {
                while (running.get()) {
                    int n = slots.getAndIncrement();
                    String rep = reps.get(n % reps.size());
                    Instant start = firstSlot.plus(Duration.ofMinutes(30L * n));
                    try {
                        book(api, pools.get(rep), meetingType, rep, start, n, booked, refusals, toCancel.get(rep));
                        // A third of the turns also cancel the rep's oldest booking: a calendar delete, which
                        // needs no read first, so it meets Radicale down too.
                        String oldest =
                                (n / reps.size()) % 3 == 2 ? toCancel.get(rep).poll() : null;
                        if (oldest != null) {
                            cancel(api, oldest, cancelled, unsure, refusals);
                        }
                    } catch (RuntimeException failed) {
                        failedRequests.incrementAndGet();
                        Switchboard.pause(100);
                    }
                }
                return null;
            });
        }
        // What an admin sees meanwhile.
        Map<String, Long> watched = new ConcurrentHashMap<>();
        Set<String> errorsSeen = ConcurrentHashMap.newKeySet();
        threads.submit(() -> {
            while (running.get()) {
                try {
                    watch(api, googleReps.keySet().iterator().next(), rafa, watched, errorsSeen);
                } catch (RuntimeException busy) {
                    watched.merge("watch requests failed", 1L, Long::sum);
                }
                Switchboard.pause(500);
            }
            return null;
        });

        // The faults, one stretch each: Google in turn timing out, failing, limiting and resetting; Radicale down
        // from the first fault to the last.
        long stretch = Math.max(2_000, SECONDS * 1000L / 6);
        Instant began = Instant.now();
        Thread.sleep(2 * stretch);
        radicale.stop();
        for (GoogleStandIn.Mode mode : List.of(
                GoogleStandIn.Mode.TIMEOUT,
                GoogleStandIn.Mode.SERVER_ERROR,
                GoogleStandIn.Mode.RATE_LIMITED,
                GoogleStandIn.Mode.RESET)) {
            google.answer(mode);
            Thread.sleep(stretch);
        }
        google.answer(GoogleStandIn.Mode.OK);
        radicale.start();
        Instant healed = Instant.now();
        Thread.sleep(stretch);
        running.set(false);
        threads.shutdown();
        assertThat(threads.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        Duration loaded = Duration.between(began, Instant.now());

        // Every acknowledged booking is kept, as acknowledged.
        List<String> missing = new ArrayList<>();
        for (Acknowledged booking : booked.values()) {
            JsonNode found = api.execute(
                            "query($id: ID!) { booking(id: $id) { status start rep { id } } }",
                            Map.of("id", booking.id()))
                    .at("/booking");
            String expected = cancelled.contains(booking.id()) ? "CANCELLED" : "BOOKED";
            if (!found.isObject()
                    || !(found.at("/status").asString().equals(expected) || unsure.contains(booking.id()))
                    || !Instant.parse(found.at("/start").asString()).equals(booking.start())
                    || !found.at("/rep/id").asString().equals(booking.rep())) {
                missing.add(booking.id() + " (" + found + ")");
            }
        }

        // Every calendar write is done once the calendars answer again.
        Set<String> pending = new HashSet<>(booked.keySet());
        Map<String, String> notDone = new TreeMap<>();
        Instant until = healed.plus(WRITES_DONE_WITHIN);
        while (!pending.isEmpty() && Instant.now().isBefore(until)) {
            notDone.clear();
            for (String id : List.copyOf(pending)) {
                JsonNode calendar = api.execute(
                                "query($id: ID!) { booking(id: $id) { calendar { state attempts lastError } } }",
                                Map.of("id", id))
                        .at("/booking/calendar");
                if (calendar.at("/state").asString().equals("WRITTEN")) {
                    pending.remove(id);
                } else {
                    notDone.put(id, calendar.toString());
                }
            }
            if (!pending.isEmpty()) {
                Thread.sleep(1000);
            }
        }
        Duration writesDone = Duration.between(healed, Instant.now());

        // Each booking on its rep's calendar exactly once, no cancelled one left.
        List<String> calendarsWrong = new ArrayList<>();
        for (Map.Entry<String, String> rep : googleReps.entrySet()) {
            List<String> uids = google.events(rep.getValue()).values().stream()
                    .map(event -> event.at("/iCalUID").asString())
                    .toList();
            compare("Google calendar of " + rep.getKey(), uids, expected(api, rep.getKey()), calendarsWrong);
        }
        compare("Radicale calendar of " + rafa, radicaleUids(collection), expected(api, rafa), calendarsWrong);

        System.out.printf(
                "calendar faults: %s of load (stretches of %d ms), %d bookings acknowledged (%d of them cancelled),"
                        + " refusals %s, %d requests failed; %d not kept as acknowledged; writes all done %s after the"
                        + " calendars answered again (%d not done); Google answered faults %s, %d inserts, %d retried"
                        + " inserts answered 409 duplicate; admin saw %s, errors such as %s; calendars wrong: %s%n",
                loaded,
                stretch,
                booked.size(),
                cancelled.size(),
                refusals,
                failedRequests.get(),
                missing.size(),
                writesDone,
                notDone.size(),
                google.faultsAnswered(),
                google.inserts(),
                google.duplicateInserts(),
                watched,
                errorsSeen.stream().limit(4).toList(),
                calendarsWrong);

        assertThat(booked).as("bookings acknowledged").isNotEmpty();
        assertThat(missing).as("acknowledged bookings not kept as acknowledged").isEmpty();
        assertThat(notDone)
                .as("calendar writes not done " + WRITES_DONE_WITHIN + " after the calendars answered again")
                .isEmpty();
        assertThat(calendarsWrong).as("calendars not holding each booking once").isEmpty();
        assertThat(watched.getOrDefault("writes retrying with an error, most at once", 0L))
                .as("the admin API showing calendar writes retrying with their last error")
                .isPositive();
        // Shown as a calendar's health (its last read) or as a write's last error: either tells the admin.
        assertThat(watched.getOrDefault("Google faults shown", 0L))
                .as("the admin API showing Google failing (calendar health or a write's last error)")
                .isPositive();
        assertThat(watched.getOrDefault("Radicale faults shown", 0L))
                .as("the admin API showing Radicale failing (calendar health or a write's last error)")
                .isPositive();
    }

    private static void book(
            Api api,
            String pool,
            String meetingType,
            String rep,
            Instant start,
            int n,
            Map<String, Acknowledged> booked,
            Map<String, AtomicLong> refusals,
            ConcurrentLinkedQueue<String> toCancel) {
        String lead = api.execute(
                        SUBMIT,
                        Map.of(
                                "input",
                                Map.of(
                                        "poolId",
                                        pool,
                                        "name",
                                        "Prospect " + n,
                                        "email",
                                        "p" + n + "@calendar.example")))
                .at("/submitLead/lead/id")
                .asString();
        JsonNode payload = api.execute(
                        BOOK,
                        Map.of(
                                "input",
                                Map.of(
                                        "leadId",
                                        lead,
                                        "meetingTypeId",
                                        meetingType,
                                        "start",
                                        start.toString(),
                                        "timeZone",
                                        "Europe/Paris")))
                .at("/bookMeeting");
        if (payload.at("/booking/id").isString()) {
            String id = payload.at("/booking/id").asString();
            booked.put(id, new Acknowledged(id, rep, start));
            toCancel.add(id);
        } else {
            // A rep whose calendar cannot be read offers no slot (better none than a double booking).
            String code = payload.at("/errors/0/code").asString("none");
            refusals.computeIfAbsent("bookMeeting " + code, c -> new AtomicLong())
                    .incrementAndGet();
        }
    }

    private static void cancel(
            Api api, String id, Set<String> cancelled, Set<String> unsure, Map<String, AtomicLong> refusals) {
        JsonNode payload;
        try {
            payload = api.execute(CANCEL, Map.of("input", Map.of("bookingId", id)))
                    .at("/cancelBooking");
        } catch (RuntimeException noAnswer) {
            // Cancelled or not: either is right for a cancellation never acknowledged.
            unsure.add(id);
            throw noAnswer;
        }
        if (payload.at("/booking/status").asString("").equals("CANCELLED")) {
            cancelled.add(id);
        } else {
            String code = payload.at("/errors/0/code").asString("none");
            refusals.computeIfAbsent("cancelBooking " + code, c -> new AtomicLong())
                    .incrementAndGet();
        }
    }

    private static void watch(
            Api api, String googleRep, String caldavRep, Map<String, Long> watched, Set<String> errorsSeen) {
        JsonNode seen = api.execute(WATCH, Map.of("google", googleRep, "caldav", caldavRep));
        long retrying = 0;
        for (JsonNode item : seen.at("/retrying")) {
            if (item.at("/attempts").asInt() > 0 && item.at("/lastError").isString()) {
                retrying++;
                String error = item.at("/lastError").asString();
                errorsSeen.add(error);
                watched.merge(
                        error.contains("Google") ? "Google faults shown" : "Radicale faults shown", 1L, Long::sum);
            }
        }
        watched.merge("writes retrying with an error, most at once", retrying, Math::max);
        watched.merge("writes FAILED, most at once", (long) seen.at("/failed").size(), Math::max);
        if (seen.at("/google/calendarHealth/ok").isBoolean()
                && !seen.at("/google/calendarHealth/ok").asBoolean()) {
            watched.merge("Google rep's calendar unhealthy", 1L, Long::sum);
            watched.merge("Google faults shown", 1L, Long::sum);
            errorsSeen.add(seen.at("/google/calendarHealth/lastError").asString());
        }
        if (seen.at("/caldav/calendarHealth/ok").isBoolean()
                && !seen.at("/caldav/calendarHealth/ok").asBoolean()) {
            watched.merge("Radicale rep's calendar unhealthy", 1L, Long::sum);
            watched.merge("Radicale faults shown", 1L, Long::sum);
            errorsSeen.add(seen.at("/caldav/calendarHealth/lastError").asString());
        }
    }

    /** Connects Google as a rep would: the consent link from the API, then Google's redirect to the callback. */
    private static void connectGoogle(Switchboard app, Api api, String rep, String code) throws Exception {
        JsonNode consent = api.execute(
                        "mutation($input: StartGoogleCalendarConsentInput!) { startGoogleCalendarConsent(input: $input)"
                                + " { url errors { code field message } } }",
                        Map.of("input", Map.of("repId", rep)))
                .at("/startGoogleCalendarConsent");
        assertThat(consent.at("/errors").size()).as(consent.toString()).isZero();
        String state = null;
        for (String pair :
                URI.create(consent.at("/url").asString()).getRawQuery().split("&")) {
            if (pair.startsWith("state=")) {
                state = URLDecoder.decode(pair.substring("state=".length()), StandardCharsets.UTF_8);
            }
        }
        HttpResponse<String> back = HTTP.send(
                HttpRequest.newBuilder(URI.create(app.url() + "/oauth/google/callback?code=" + code + "&state="
                                + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(back.statusCode()).as("the consent callback: " + back.body()).isEqualTo(200);
    }

    /** The UIDs of the events in the collection, one per event resource (a duplicate shows twice). */
    private static List<String> radicaleUids(URI collection) throws Exception {
        HttpResponse<String> report = dav(HttpRequest.newBuilder(collection)
                .header("Depth", "1")
                .header("Content-Type", "application/xml; charset=utf-8")
                .method("REPORT", HttpRequest.BodyPublishers.ofString("""
                                <?xml version="1.0" encoding="utf-8"?>
                                <C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                                  <D:prop><C:calendar-data/></D:prop>
                                  <C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT"/></C:comp-filter></C:filter>
                                </C:calendar-query>""")));
        assertThat(report.statusCode()).as("REPORT " + report.body()).isEqualTo(207);
        List<String> uids = new ArrayList<>();
        Matcher uid = Pattern.compile("(?m)^UID:(\\S+)").matcher(report.body());
        while (uid.find()) {
            uids.add(uid.group(1));
        }
        return uids;
    }

    /** The UIDs of the rep's bookings the app holds as booked (whether or not this run saw them acknowledged). */
    /** As Rafa (Radicale keeps each user to their own collections); a request on a connection it closed is sent again. */
    private static HttpResponse<String> dav(HttpRequest.Builder request) throws Exception {
        HttpRequest asRafa = request.header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("rafa:any".getBytes(StandardCharsets.UTF_8)))
                .build();
        for (int attempt = 1; ; attempt++) {
            try {
                return HTTP.send(asRafa, HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException dropped) {
                if (attempt == 4) {
                    throw dropped;
                }
            }
        }
    }

    private static Set<String> expected(Api api, String rep) {
        Set<String> uids = new HashSet<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("rep", rep);
            variables.put("after", after);
            JsonNode page = api.execute(
                            "query($rep: ID!, $after: String) { bookings(first: 100, after: $after, repId: $rep,"
                                    + " status: BOOKED) { edges { node { id } } pageInfo { hasNextPage endCursor } } }",
                            variables)
                    .at("/bookings");
            // An invite's UID holds the booking's stored id, which its global id (base64url of Booking:id) carries.
            page.at("/edges")
                    .forEach(edge -> uids.add(new String(
                                            Base64.getUrlDecoder()
                                                    .decode(edge.at("/node/id").asString()),
                                            StandardCharsets.UTF_8)
                                    .substring("Booking:".length())
                            + "@switchboard"));
            after = page.at("/pageInfo/hasNextPage").asBoolean()
                    ? page.at("/pageInfo/endCursor").asString()
                    : null;
        } while (after != null);
        return uids;
    }

    private static void compare(String calendar, List<String> uids, Set<String> expected, List<String> wrong) {
        Set<String> distinct = new HashSet<>(uids);
        if (distinct.size() != uids.size()) {
            wrong.add(calendar + ": " + (uids.size() - distinct.size()) + " duplicate events");
        }
        Set<String> absent = new HashSet<>(expected);
        absent.removeAll(distinct);
        Set<String> extra = new HashSet<>(distinct);
        extra.removeAll(expected);
        if (!absent.isEmpty() || !extra.isEmpty()) {
            wrong.add(calendar + ": " + absent.size() + " bookings missing, " + extra.size()
                    + " events not of a booked booking");
        }
    }
}
