package dev.switchboard.scheduling.adapter.ics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server in the test's JVM publishing feeds the way calendar hosts do: with an ETag and/or
 * Last-Modified, answering 304 to a request whose validators still match.
 */
final class FeedServer implements AutoCloseable {

    /** One published feed; a null validator is not sent. */
    record Feed(int status, String body, String etag, String lastModified, Stall stall) {
        static Feed of(String body, String etag, String lastModified) {
            return new Feed(200, body, etag, lastModified, Stall.NEVER);
        }

        static Feed failing(int status) {
            return new Feed(status, "", null, null, Stall.NEVER);
        }

        /** A server that takes the request and says nothing. */
        static Feed stallingBeforeAnswering() {
            return new Feed(200, "", null, null, Stall.BEFORE_HEAD);
        }

        /** A server that sends the head and half the body, then nothing more. */
        static Feed stallingMidBody(String body) {
            return new Feed(200, body, null, null, Stall.MID_BODY);
        }
    }

    enum Stall {
        NEVER,
        BEFORE_HEAD,
        MID_BODY
    }

    /** What the server was asked: the path and the conditional headers, and whether it answered 304. */
    record Request(String path, String ifNoneMatch, String ifModifiedSince, int status) {}

    private final HttpServer server;
    private final Map<String, Feed> feeds = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "feed-server");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void publish(String path, Feed feed) {
        feeds.put(path, feed);
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        Feed feed = feeds.getOrDefault(path, Feed.failing(404));
        try (exchange) {
            if (feed.stall() == Stall.BEFORE_HEAD) {
                awaitRelease();
                return;
            }
            boolean unchanged = (ifNoneMatch != null && ifNoneMatch.equals(feed.etag()))
                    || (ifNoneMatch == null && ifModifiedSince != null && ifModifiedSince.equals(feed.lastModified()));
            int status = feed.status() == 200 && unchanged ? 304 : feed.status();
            requests.add(new Request(path, ifNoneMatch, ifModifiedSince, status));
            if (feed.etag() != null) {
                exchange.getResponseHeaders().set("ETag", feed.etag());
            }
            if (feed.lastModified() != null) {
                exchange.getResponseHeaders().set("Last-Modified", feed.lastModified());
            }
            if (status != 200) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            byte[] body = feed.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/calendar; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                if (feed.stall() == Stall.MID_BODY) {
                    out.write(body, 0, body.length / 2);
                    out.flush();
                    awaitRelease();
                    return;
                }
                out.write(body);
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
