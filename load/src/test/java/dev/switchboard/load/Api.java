package dev.switchboard.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GraphQL over plain HTTP for the harness's setup and checks: signed in as the admin, or with a key. */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI root;
    private final String key;

    private Api(String url, String key) {
        this.root = URI.create(url);
        this.key = key;
    }

    static Api withKey(String url, String key) {
        return new Api(url, key);
    }

    /** Signs in as the harness's admin (the app was started with it as its first admin). */
    static Api admin(String url) {
        Api api = new Api(url, null);
        api.send(HttpRequest.newBuilder(api.root.resolve("/auth/csrf")).GET());
        HttpResponse<String> login = api.send(HttpRequest.newBuilder(api.root.resolve("/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("email", Switchboard.ADMIN_EMAIL, "password", Switchboard.ADMIN_PASSWORD)))));
        if (login.statusCode() != 200) {
            throw new IllegalStateException("sign-in answered " + login.statusCode() + ": " + login.body());
        }
        return api;
    }

    JsonNode execute(String document, Map<String, ?> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        HttpResponse<String> answer = post(JSON.writeValueAsString(body));
        JsonNode json = JSON.readTree(answer.body());
        if (answer.statusCode() != 200 || json.has("errors")) {
            throw new IllegalStateException("answered " + answer.statusCode() + ": " + answer.body());
        }
        return json.get("data");
    }

    HttpResponse<String> post(String body) {
        return send(HttpRequest.newBuilder(root.resolve("/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(30));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        cookies.getCookieStore().get(root).stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst()
                .ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
