package dev.switchboard.api;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver on a local port, as an integrator would write one: it checks each delivery's signature with
 * the secret it was given, and answers the status codes a test scripts (200 once the script runs out).
 */
final class WebhookReceiver implements AutoCloseable {

    /** One delivery as it arrived, and whether its signature held. */
    record Received(String eventId, String eventType, String body, boolean signatureValid) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
    private volatile String secret = "not yet known";

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            var headers = exchange.getRequestHeaders();
            String id = headers.getFirst("webhook-id");
            received.add(new Received(
                    id,
                    headers.getFirst("Switchboard-Event-Type"),
                    body,
                    verified(id, headers.getFirst("webhook-timestamp"), headers.getFirst("webhook-signature"), body)));
            Integer answer = answers.poll();
            exchange.sendResponseHeaders(answer == null ? 200 : answer, -1);
            exchange.close();
        });
        server.start();
    }

    /**
     * As docs/events.md tells receivers (Standard Webhooks): the key is the secret after whsec_ decoded from
     * base64; HMAC-SHA256 of "id.timestamp.body" in base64 must equal one of the header's v1 signatures, compared
     * in constant time; the timestamp must be recent.
     */
    private boolean verified(String id, String timestamp, String header, String body) {
        if (id == null || timestamp == null || header == null || !timestamp.matches("\\d+")) {
            return false;
        }
        if (Math.abs(TestClock.app().instant().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = Base64.getEncoder()
                    .encode(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
            for (String signature : header.split(" ")) {
                if (signature.startsWith("v1,")
                        && MessageDigest.isEqual(
                                expected, signature.substring(3).getBytes(StandardCharsets.US_ASCII))) {
                    return true;
                }
            }
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    void secret(String secret) {
        this.secret = secret;
    }

    /** The next requests are answered with these codes, in order. */
    void answer(Integer... codes) {
        answers.addAll(List.of(codes));
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
