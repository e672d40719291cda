package dev.switchboard.scheduling.adapter.google;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on a free local port standing in for Google: the Calendar API under {@code /calendar/v3/}
 * and the OAuth token endpoint at {@code /token}. Each route answers from a script (the last answer repeats),
 * and every request is kept, so a test can read exactly what the adapter sent.
 */
final class FakeGoogle implements AutoCloseable {

    record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {

        String header(String name) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    return header.getValue().get(0);
                }
            }
            return null;
        }

        /** The body as a form ({@code application/x-www-form-urlencoded}), for token requests. */
        Map<String, String> form() {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : body.split("&")) {
                int equals = pair.indexOf('=');
                fields.put(
                        URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
            return fields;
        }
    }

    private record Answer(int status, String json, boolean silent) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Map<String, Deque<Answer>> script = new ConcurrentHashMap<>();
    private final List<Received> received = new ArrayList<>();

    FakeGoogle() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    URI root() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    URI tokenEndpoint() {
        return root().resolve("/token");
    }

    /** Queues an answer to {@code route}, e.g. {@code "POST /calendar/v3/freeBusy"}. */
    FakeGoogle answer(String route, int status, String json) {
        script.computeIfAbsent(route, r -> new ArrayDeque<>()).add(new Answer(status, json, false));
        return this;
    }

    /** Queues an answer that never comes: the request is read, and the connection left hanging. */
    FakeGoogle neverAnswer(String route) {
        script.computeIfAbsent(route, r -> new ArrayDeque<>()).add(new Answer(0, null, true));
        return this;
    }

    /** Google's error shape, e.g. {@code error(403, "rateLimitExceeded")}. */
    static String error(int code, String reason) {
        return """
                {"error": {"code": %d, "message": "%s", "errors": [{"domain": "usageLimits", "reason": "%s", "message": "%s"}]}}""".formatted(code, reason, reason, reason);
    }

    /** A token endpoint answer. */
    static String token(String accessToken) {
        return """
                {"access_token": "%s", "expires_in": 3599, "token_type": "Bearer", "scope": "https://www.googleapis.com/auth/calendar.events"}""".formatted(accessToken);
    }

    synchronized List<Received> received(String route) {
        return received.stream()
                .filter(r -> route.equals(r.method() + " " + r.path()))
                .toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        // HttpURLConnection cannot send PATCH: Google's client sends POST with this header, which Google honours.
        String override = exchange.getRequestHeaders().getFirst("X-HTTP-Method-Override");
        String method = override != null ? override : exchange.getRequestMethod();
        String route = method + " " + exchange.getRequestURI().getPath();
        synchronized (this) {
            received.add(new Received(
                    method,
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestURI().getRawQuery(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body));
        }
        Answer answer = next(route);
        if (answer.silent()) {
            try {
                closing.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        byte[] bytes = answer.json() == null ? new byte[0] : answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Answer next(String route) {
        Deque<Answer> answers = script.get(route);
        if (answers == null || answers.isEmpty()) {
            return new Answer(404, error(404, "notFound"), false);
        }
        synchronized (answers) {
            return answers.size() > 1 ? answers.poll() : answers.peek();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
