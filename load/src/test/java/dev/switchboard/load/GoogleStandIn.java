package dev.switchboard.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An in-process HTTP server answering as Google's token endpoint and Calendar API do, after their documented JSON:
 * the authorization-code and refresh-token grants, {@code freeBusy}, and event insert, get, patch and delete on each
 * rep's {@code primary} calendar (the rep told apart by their access token). As Google does, an insert of an id
 * already there answers 409 {@code duplicate}, so a retried write cannot make a second event.
 * <p>
 * {@link #answer(Mode)} switches every event write, and every other free/busy read (a partial outage, so that
 * bookings go on and their writes meet the fault), to a fault; the token endpoint always answers. A
 * {@link Mode#TIMEOUT} that does the work then answers only after the app stopped waiting (the answer lost, as on a
 * flaky network), {@link Mode#SERVER_ERROR} 500 {@code backendError}, {@link Mode#RATE_LIMITED} 429
 * {@code rateLimitExceeded} with {@code Retry-After}, and {@link Mode#RESET} the connection closed with no answer.
 */
final class GoogleStandIn implements AutoCloseable {

    enum Mode {
        OK,
        TIMEOUT,
        SERVER_ERROR,
        RATE_LIMITED,
        RESET
    }

    /** The seconds a 429 asks the caller to wait. */
    static final int RETRY_AFTER_SECONDS = 2;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CALENDARS = "/calendar/v3/calendars/primary/events";

    private final HttpServer server;
    private final long timeoutMillis;
    /** By access token (one per rep), the rep's events by id. */
    private final Map<String, Map<String, ObjectNode>> calendars = new ConcurrentHashMap<>();

    private final Map<Mode, AtomicLong> faultsAnswered = new EnumMap<>(Mode.class);
    private final AtomicLong freeBusyCalls = new AtomicLong();
    private final AtomicLong inserts = new AtomicLong();
    private final AtomicLong duplicateInserts = new AtomicLong();
    private final AtomicInteger etags = new AtomicInteger();
    private volatile Mode mode = Mode.OK;

    /** @param timeoutMillis how long a {@link Mode#TIMEOUT} holds its answer: longer than the app's read timeout */
    GoogleStandIn(long timeoutMillis) throws IOException {
        this.timeoutMillis = timeoutMillis;
        for (Mode each : Mode.values()) {
            faultsAnswered.put(each, new AtomicLong());
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/token", this::token);
        server.createContext("/auth", exchange -> answer(exchange, 200, "{}"));
        server.createContext("/calendar/v3/freeBusy", this::freeBusy);
        server.createContext(CALENDARS, this::events);
        server.start();
    }

    URI root() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    void answer(Mode now) {
        mode = now;
    }

    /** The events on the calendar of the rep whose consent code was {@code code}, by id. */
    Map<String, ObjectNode> events(String code) {
        return Map.copyOf(calendars.getOrDefault(accessToken(refreshToken(code)), Map.of()));
    }

    /** How many calls were answered with each fault. */
    Map<Mode, Long> faultsAnswered() {
        Map<Mode, Long> counts = new EnumMap<>(Mode.class);
        faultsAnswered.forEach((each, count) -> counts.put(each, count.get()));
        counts.remove(Mode.OK);
        return counts;
    }

    long inserts() {
        return inserts.get();
    }

    /** Inserts of an event already there, answered 409 as Google does: writes retried after a lost answer. */
    long duplicateInserts() {
        return duplicateInserts.get();
    }

    static String refreshToken(String code) {
        return "1//refresh-" + code;
    }

    private static String accessToken(String refreshToken) {
        return "ya29." + refreshToken.substring("1//".length());
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if ("authorization_code".equals(form.get("grant_type")) && form.get("code") != null) {
            String refresh = refreshToken(form.get("code"));
            answer(
                    exchange,
                    200,
                    JSON.writeValueAsString(Map.of(
                            "access_token",
                            accessToken(refresh),
                            "expires_in",
                            3599,
                            "refresh_token",
                            refresh,
                            "scope",
                            "https://www.googleapis.com/auth/calendar.events",
                            "token_type",
                            "Bearer")));
        } else if ("refresh_token".equals(form.get("grant_type")) && form.get("refresh_token") != null) {
            answer(
                    exchange,
                    200,
                    JSON.writeValueAsString(Map.of(
                            "access_token",
                            accessToken(form.get("refresh_token")),
                            "expires_in",
                            3599,
                            "token_type",
                            "Bearer")));
        } else {
            answer(exchange, 400, "{\"error\": \"invalid_grant\", \"error_description\": \"Bad Request\"}");
        }
    }

    /** Answers the fault of the moment, if any; true when it did (and the call is over). */
    private boolean fault(HttpExchange exchange, Runnable work) throws IOException {
        Mode now = mode;
        faultsAnswered.get(now).incrementAndGet();
        switch (now) {
            case OK -> {
                return false;
            }
            case TIMEOUT -> {
                work.run();
                Switchboard.pause(timeoutMillis);
                answer(
                        exchange,
                        503,
                        "{\"error\": {\"code\": 503, \"message\": \"late\", \"errors\": [{\"reason\": \"backendError\"}]}}");
            }
            case SERVER_ERROR ->
                answer(
                        exchange,
                        500,
                        "{\"error\": {\"code\": 500, \"message\": \"Backend Error\", \"errors\": [{\"domain\": \"global\","
                                + " \"reason\": \"backendError\", \"message\": \"Backend Error\"}]}}");
            case RATE_LIMITED -> {
                exchange.getResponseHeaders().add("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
                answer(
                        exchange,
                        429,
                        "{\"error\": {\"code\": 429, \"message\": \"Rate Limit Exceeded\", \"errors\": [{\"domain\":"
                                + " \"usageLimits\", \"reason\": \"rateLimitExceeded\", \"message\": \"Rate Limit"
                                + " Exceeded\"}]}}");
            }
            case RESET -> exchange.close();
        }
        return true;
    }

    private void freeBusy(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        // Reads fail every other time (a partial outage), so bookings go on and their writes meet the faults.
        if (freeBusyCalls.incrementAndGet() % 2 == 0 && fault(exchange, () -> {})) {
            return;
        }
        Map<String, ObjectNode> events = calendar(exchange);
        List<Map<String, String>> busy = new ArrayList<>();
        events.values()
                .forEach(e -> busy.add(Map.of(
                        "start",
                        e.at("/start/dateTime").asString(),
                        "end",
                        e.at("/end/dateTime").asString())));
        answer(
                exchange,
                200,
                JSON.writeValueAsString(
                        Map.of("kind", "calendar#freeBusy", "calendars", Map.of("primary", Map.of("busy", busy)))));
    }

    private void events(HttpExchange exchange) throws IOException {
        // Google's client sends PATCH as a POST naming the method in a header, as the JDK's HTTP client has no PATCH.
        String override = exchange.getRequestHeaders().getFirst("X-HTTP-Method-Override");
        String method = override != null ? override : exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = path.length() > CALENDARS.length() + 1 ? path.substring(CALENDARS.length() + 1) : null;
        Map<String, ObjectNode> events = calendar(exchange);
        Object[] result = new Object[1];
        Runnable work = () -> result[0] = apply(events, method, id, body);
        if (fault(exchange, work)) {
            return;
        }
        work.run();
        if (result[0] instanceof ObjectNode written) {
            answer(exchange, 200, JSON.writeValueAsString(written));
        } else if (Integer.valueOf(204).equals(result[0])) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        } else if (Integer.valueOf(409).equals(result[0])) {
            answer(
                    exchange,
                    409,
                    "{\"error\": {\"code\": 409, \"message\": \"The requested identifier already exists.\","
                            + " \"errors\": [{\"domain\": \"global\", \"reason\": \"duplicate\"}]}}");
        } else {
            answer(
                    exchange,
                    404,
                    "{\"error\": {\"code\": 404, \"message\": \"Not Found\", \"errors\": [{\"reason\": \"notFound\"}]}}");
        }
    }

    /** The write itself: the event written, 204 for a delete, 409 for a duplicate insert, 404 for no such event. */
    private Object apply(Map<String, ObjectNode> events, String method, String id, String body) {
        synchronized (events) {
            if (method.equals("POST") && id == null) {
                ObjectNode event = (ObjectNode) JSON.readTree(body);
                String eventId = event.get("id").asString();
                if (events.containsKey(eventId)) {
                    duplicateInserts.incrementAndGet();
                    return 409;
                }
                inserts.incrementAndGet();
                event.put("etag", "\"" + etags.incrementAndGet() + "\"");
                events.put(eventId, event);
                return event.deepCopy();
            }
            if (method.equals("GET") && id != null && events.containsKey(id)) {
                return events.get(id).deepCopy();
            }
            if (method.equals("PATCH") && id != null && events.containsKey(id)) {
                ObjectNode event = events.get(id);
                JsonNode patch = JSON.readTree(body);
                patch.properties().forEach(field -> event.set(field.getKey(), field.getValue()));
                event.put("etag", "\"" + etags.incrementAndGet() + "\"");
                return event.deepCopy();
            }
            if (method.equals("DELETE") && id != null && events.remove(id) != null) {
                return 204;
            }
            return 404;
        }
    }

    private Map<String, ObjectNode> calendar(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String token = authorization == null ? "" : authorization.replaceFirst("^Bearer ", "");
        return calendars.computeIfAbsent(token, t -> new HashMap<>());
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException callerGone) {
            // After a TIMEOUT the app has stopped listening: nothing to answer to.
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
