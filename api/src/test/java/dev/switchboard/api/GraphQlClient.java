package dev.switchboard.api;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to a running app's /graphql endpoint over real HTTP, as any client would. {@code new GraphQlClient(port)}
 * acts as the test admin (configured in {@link ApiTest} and {@link RunningApp}), signing in like a browser on its
 * first request: session cookie, CSRF token echoed in a header. The factories act as someone else.
 */
public final class GraphQlClient {

    /** The admin every API test app is configured with (switchboard.admin.*). */
    public static final String ADMIN_EMAIL = "admin@switchboard.test";

    public static final String ADMIN_PASSWORD = "an admin password for tests";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(cookies).build();
    private final URI root;
    private final URI endpoint;
    private final String email;
    private final String password;
    private final String bearer;
    private final String origin;
    private boolean signedIn;

    private GraphQlClient(int port, String email, String password, String bearer, String origin) {
        this.root = URI.create("http://localhost:" + port);
        this.endpoint = root.resolve("/graphql");
        this.email = email;
        this.password = password;
        this.bearer = bearer;
        this.origin = origin;
    }

    /** The test admin. */
    public GraphQlClient(int port) {
        this(port, ADMIN_EMAIL, ADMIN_PASSWORD, null, null);
    }

    public static GraphQlClient anonymous(int port) {
        return new GraphQlClient(port, null, null, null, null);
    }

    /** A user signing in with email and password. */
    public static GraphQlClient signedIn(int port, String email, String password) {
        return new GraphQlClient(port, email, password, null, null);
    }

    /** An API key, or a widget key sent from {@code origin} (null: no Origin header). */
    public static GraphQlClient withKey(int port, String key, String origin) {
        return new GraphQlClient(port, null, null, key, origin);
    }

    public JsonNode execute(String document) {
        return execute(document, Map.of());
    }

    public JsonNode execute(String document, Map<String, ?> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        return post(JSON.writeValueAsString(body));
    }

    /** Sends a raw body, for requests no well-behaved client would build. */
    public JsonNode post(String body) {
        return JSON.readTree(send(body).body());
    }

    /** Sends a raw body and hands back the whole answer, status and headers included. */
    public HttpResponse<String> send(String body) {
        signInOnce();
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        authenticate(request);
        return send(request.build());
    }

    /** GET of any path, as this client. */
    public HttpResponse<String> get(String path) {
        signInOnce();
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path)).GET();
        authenticate(request);
        return send(request.build());
    }

    /** An empty POST to any path, as this client (e.g. /auth/logout). */
    public HttpResponse<String> postTo(String path) {
        signInOnce();
        HttpRequest.Builder request =
                HttpRequest.newBuilder(root.resolve(path)).POST(HttpRequest.BodyPublishers.noBody());
        authenticate(request);
        return send(request.build());
    }

    /** Signs in (once) and answers the login's HTTP status. */
    public synchronized int signIn() {
        send(HttpRequest.newBuilder(root.resolve("/auth/csrf")).GET().build());
        HttpRequest.Builder login = HttpRequest.newBuilder(root.resolve("/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("email", email, "password", password))));
        authenticate(login);
        int status = send(login.build()).statusCode();
        signedIn = status == 200;
        return status;
    }

    /** Synchronized: threads sharing one client sign in once, not each over the others' session. */
    private synchronized void signInOnce() {
        if (email != null && !signedIn) {
            int status = signIn();
            if (status != 200) {
                throw new IllegalStateException("sign-in as " + email + " answered " + status);
            }
        }
    }

    private void authenticate(HttpRequest.Builder request) {
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        csrfToken().ifPresent(token -> request.header("X-XSRF-TOKEN", token));
    }

    private java.util.Optional<String> csrfToken() {
        return cookies.getCookieStore().get(root).stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
