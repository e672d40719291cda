package dev.switchboard.scheduling.adapter.caldav;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server in the test's JVM that gives the answers a test scripted, in order, and records
 * what it was asked. For the HTTP translations a real CalDAV server cannot be made to show (a 500, a
 * stall, a garbled answer); the CalDAV protocol itself is tested against Radicale in the e2e profile.
 */
final class ScriptedDavServer implements AutoCloseable {

    record Answer(int status, Map<String, String> headers, String body, Stall stall) {
        static Answer of(int status, String body, Map<String, String> headers) {
            return new Answer(status, headers, body, Stall.NEVER);
        }

        static Answer of(int status) {
            return new Answer(status, Map.of(), "", Stall.NEVER);
        }

        /** Takes the request and says nothing. */
        static Answer silence() {
            return new Answer(200, Map.of(), "", Stall.BEFORE_HEAD);
        }

        /** Sends the head and half the body, then nothing more. */
        static Answer stallMidBody(int status, String body) {
            return new Answer(status, Map.of(), body, Stall.MID_BODY);
        }
    }

    enum Stall {
        NEVER,
        BEFORE_HEAD,
        MID_BODY
    }

    record Request(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Answer> script = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);

    ScriptedDavServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "scripted-dav-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void answer(Answer answer) {
        script.add(answer);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    Request lastRequest() {
        return requests.get(requests.size() - 1);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body));
            Answer answer = script.poll();
            if (answer == null) {
                answer = Answer.of(500);
            }
            if (answer.stall() == Stall.BEFORE_HEAD) {
                awaitRelease();
                return;
            }
            answer.headers().forEach(exchange.getResponseHeaders()::set);
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    if (answer.stall() == Stall.MID_BODY) {
                        out.write(bytes, 0, bytes.length / 2);
                        out.flush();
                        awaitRelease();
                        return;
                    }
                    out.write(bytes);
                }
            }
        }
    }

    private void awaitRelease() {
        try {
            released.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
