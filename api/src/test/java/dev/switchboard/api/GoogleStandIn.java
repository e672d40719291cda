package dev.switchboard.api;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local HTTP server answering like Google's token endpoint and Calendar API for one calendar, {@code primary}:
 * it keeps the events written to it (insert, patch, delete) and answers free/busy from them and from busy time
 * set beforehand. {@link #failWrites} makes event writes answer 503 until {@link #healWrites};
 * {@link #loseWriteAnswers} makes them happen but answer 503 (an answer lost on the way back). An insert of an id
 * already there answers 409 {@code duplicate}, as Google's does.
 */
final class GoogleStandIn implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EVENTS = "/calendar/v3/calendars/primary/events";

    private final HttpServer server;
    private final Map<String, ObjectNode> events = new ConcurrentHashMap<>();
    private final List<Instant[]> busy = new CopyOnWriteArrayList<>();
    private final AtomicInteger etags = new AtomicInteger();
    private volatile boolean failing;
    private volatile boolean losingAnswers;

    GoogleStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/token",
                exchange -> answer(
                        exchange,
                        200,
                        "{\"access_token\": \"ya29.stand-in\", \"expires_in\": 3599, \"token_type\": \"Bearer\"}"));
        server.createContext("/calendar/v3/freeBusy", this::freeBusy);
        server.createContext(EVENTS, this::events);
        server.start();
    }

    URI root() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    void busy(Instant start, Instant end) {
        busy.add(new Instant[] {start, end});
    }

    void failWrites() {
        failing = true;
    }

    void healWrites() {
        failing = false;
        losingAnswers = false;
    }

    /** Event writes are made, but answered 503 as if the answer were lost. */
    void loseWriteAnswers() {
        losingAnswers = true;
    }

    /** The events on the calendar now, by id. */
    Map<String, ObjectNode> events() {
        return Map.copyOf(events);
    }

    private void freeBusy(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        List<Map<String, String>> stretches = new ArrayList<>();
        busy.forEach(b -> stretches.add(Map.of("start", b[0].toString(), "end", b[1].toString())));
        events.values()
                .forEach(e -> stretches.add(Map.of(
                        "start",
                        e.at("/start/dateTime").asString(),
                        "end",
                        e.at("/end/dateTime").asString())));
        answer(
                exchange,
                200,
                JSON.writeValueAsString(Map.of(
                        "kind", "calendar#freeBusy", "calendars", Map.of("primary", Map.of("busy", stretches)))));
    }

    private void events(HttpExchange exchange) throws IOException {
        // Google's client sends PATCH as a POST naming the method in a header, as the JDK's HTTP client has no PATCH.
        String override = exchange.getRequestHeaders().getFirst("X-HTTP-Method-Override");
        String method = override != null ? override : exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        if (failing && !method.equals("GET")) {
            answer(
                    exchange,
                    503,
                    "{\"error\": {\"code\": 503, \"message\": \"Backend Error\", \"errors\": [{\"reason\": \"backendError\"}]}}");
            return;
        }
        String id = path.length() > EVENTS.length() + 1 ? path.substring(EVENTS.length() + 1) : null;
        if (method.equals("POST")) {
            ObjectNode event = (ObjectNode) JSON.readTree(new String(body, StandardCharsets.UTF_8));
            if (events.containsKey(event.get("id").asString())) {
                answer(
                        exchange,
                        409,
                        "{\"error\": {\"code\": 409, \"message\": \"The requested identifier already exists.\","
                                + " \"errors\": [{\"reason\": \"duplicate\"}]}}");
                return;
            }
            event.put("etag", "\"" + etags.incrementAndGet() + "\"");
            events.put(event.get("id").asString(), event);
            answerWrite(exchange, JSON.writeValueAsString(event));
        } else if (method.equals("GET") && id != null && events.containsKey(id)) {
            answer(exchange, 200, JSON.writeValueAsString(events.get(id)));
        } else if (method.equals("PATCH") && id != null && events.containsKey(id)) {
            ObjectNode event = events.get(id);
            JsonNode patch = JSON.readTree(new String(body, StandardCharsets.UTF_8));
            patch.properties().forEach(field -> event.set(field.getKey(), field.getValue()));
            event.put("etag", "\"" + etags.incrementAndGet() + "\"");
            answerWrite(exchange, JSON.writeValueAsString(event));
        } else if (method.equals("DELETE") && id != null && events.remove(id) != null) {
            if (losingAnswers) {
                answerWrite(exchange, "");
                return;
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        } else {
            answer(
                    exchange,
                    404,
                    "{\"error\": {\"code\": 404, \"message\": \"Not Found\", \"errors\": [{\"reason\": \"notFound\"}]}}");
        }
    }

    /** A write made: answered 200, or 503 when answers are being lost. */
    private void answerWrite(HttpExchange exchange, String json) throws IOException {
        if (losingAnswers) {
            answer(
                    exchange,
                    503,
                    "{\"error\": {\"code\": 503, \"message\": \"Backend Error\", \"errors\": [{\"reason\": \"backendError\"}]}}");
        } else {
            answer(exchange, 200, json);
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
