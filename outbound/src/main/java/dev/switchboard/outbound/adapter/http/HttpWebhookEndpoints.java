package dev.switchboard.outbound.adapter.http;

import dev.switchboard.outbound.WebhookEndpoints;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Webhook receivers reached with the JDK's HTTP client; redirects are not followed (a receiver answers where it is registered). */
public final class HttpWebhookEndpoints implements WebhookEndpoints {

    private final HttpClient http;

    public HttpWebhookEndpoints(Duration connectTimeout) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Answer post(String url, Map<String, String> headers, String body, Duration timeout) {
        try {
            HttpRequest.Builder request =
                    HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
            headers.forEach(request::header);
            int status = http.send(
                            request.POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            return new Answer(status, null);
        } catch (IOException | IllegalArgumentException e) {
            return new Answer(
                    null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, "interrupted");
        }
    }
}
