package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.api.graphql.GlobalIds;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.calendar.CalendarConnection;
import dev.switchboard.domain.port.CalendarConnections;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A rep connects Google through the OAuth authorization-code flow, end to end over HTTP: the consent URL from
 * GraphQL, Google's redirect to the callback, the code traded at a local stand-in for Google's token endpoint.
 */
class GoogleConsentApiTest {

    private static final String START = """
            mutation($input: StartGoogleCalendarConsentInput!) { startGoogleCalendarConsent(input: $input) {
              url errors { code field message } } }""";

    private final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();
    private final HttpClient browser = HttpClient.newHttpClient();
    private HttpServer google;
    private RunningApp app;

    @BeforeEach
    void start() throws IOException {
        google = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        google.createContext("/token", exchange -> {
            Map<String, String> form =
                    form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            tokenRequests.add(form);
            boolean good = "4/good-code".equals(form.get("code"));
            byte[] body = (good
                            ? "{\"access_token\": \"ya29.at\", \"expires_in\": 3599, \"refresh_token\": \"1//rep-refresh-token\", "
                                    + "\"scope\": \"https://www.googleapis.com/auth/calendar.events\", \"token_type\": \"Bearer\"}"
                            : "{\"error\": \"invalid_grant\", \"error_description\": \"Bad Request\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(good ? 200 : 400, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        google.start();
        String root = "http://127.0.0.1:" + google.getAddress().getPort();
        app = RunningApp.start(Map.of(
                "switchboard.embedded-mongo.storage", "memory",
                "switchboard.google.client-id", "switchboard-client.apps.googleusercontent.com",
                "switchboard.google.client-secret", "client-secret-1",
                "switchboard.google.redirect-uri", "https://switchboard.example/oauth/google/callback",
                "switchboard.google.auth-endpoint", root + "/auth",
                "switchboard.google.token-endpoint", root + "/token"));
    }

    @AfterEach
    void stop() {
        app.close();
        google.stop(0);
    }

    @Test
    void a_rep_who_consents_has_their_primary_google_calendar_connected_with_the_refresh_token_sealed()
            throws Exception {
        String ana = new Workspace(app.graphQl()).rep("Ana");

        URI consent = URI.create(consentUrl(ana));
        Map<String, String> asked = form(consent.getRawQuery());
        assertThat(consent.getPath()).isEqualTo("/auth");
        assertThat(asked)
                .containsEntry("client_id", "switchboard-client.apps.googleusercontent.com")
                .containsEntry("redirect_uri", "https://switchboard.example/oauth/google/callback")
                .containsEntry("response_type", "code")
                .containsEntry("access_type", "offline")
                .containsEntry("prompt", "consent");
        assertThat(asked.get("scope"))
                .contains("https://www.googleapis.com/auth/calendar.events")
                .contains("https://www.googleapis.com/auth/calendar.freebusy");

        HttpResponse<String> page = callback("code=4%2Fgood-code&state=" + asked.get("state"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Google Calendar connected");
        assertThat(tokenRequests)
                .singleElement()
                .satisfies(request -> assertThat(request)
                        .containsEntry("grant_type", "authorization_code")
                        .containsEntry("code", "4/good-code")
                        .containsEntry("redirect_uri", "https://switchboard.example/oauth/google/callback")
                        .containsEntry("client_id", "switchboard-client.apps.googleusercontent.com")
                        .containsEntry("client_secret", "client-secret-1"));
        JsonNode calendar = app.graphQl()
                .execute(
                        "query($id: ID!) { rep(id: $id) { calendar { kind googleAccess calendarId } } }",
                        Map.of("id", ana))
                .at("/data/rep/calendar");
        assertThat(calendar.at("/kind").asString()).isEqualTo("GOOGLE");
        assertThat(calendar.at("/googleAccess").asString()).isEqualTo("OAUTH");
        assertThat(calendar.at("/calendarId").asString()).isEqualTo("primary");
        assertThat(app.bean(CalendarConnections.class).of(new RepId(GlobalIds.storedId(ana))))
                .contains(new CalendarConnection.Google(
                        "primary", new CalendarConnection.OAuthRefreshToken("1//rep-refresh-token")));
        assertThat(app.bean(MongoTemplate.class)
                        .findAll(Document.class, "calendar_connections")
                        .toString())
                .doesNotContain("rep-refresh-token");
    }

    @Test
    void a_state_used_twice_forged_or_for_a_code_google_refuses_connects_nothing() throws Exception {
        String ana = new Workspace(app.graphQl()).rep("Ana");
        String ben = new Workspace(app.graphQl()).rep("Ben");
        String anaState = form(URI.create(consentUrl(ana)).getRawQuery()).get("state");
        String benState = form(URI.create(consentUrl(ben)).getRawQuery()).get("state");

        assertThat(callback("code=4%2Fgood-code&state=" + anaState).statusCode())
                .isEqualTo(200);
        HttpResponse<String> replayed = callback("code=4%2Fgood-code&state=" + anaState);
        HttpResponse<String> forged = callback("code=4%2Fgood-code&state=made-up");
        HttpResponse<String> missing = callback("code=4%2Fgood-code");
        HttpResponse<String> refused = callback("code=4%2Fstolen&state=" + benState);
        HttpResponse<String> declined = callback("error=access_denied&state=" + benState);

        assertThat(List.of(replayed, forged, missing)).allSatisfy(page -> {
            assertThat(page.statusCode()).isEqualTo(400);
            assertThat(page.body()).contains("not connected").doesNotContain("made-up");
        });
        assertThat(refused.statusCode()).isEqualTo(502);
        assertThat(declined.statusCode()).isEqualTo(400);
        assertThat(tokenRequests).hasSize(2);
        assertThat(app.bean(CalendarConnections.class).of(new RepId(GlobalIds.storedId(ben))))
                .isEmpty();
    }

    @Test
    void an_unknown_rep_gets_no_consent_url() {
        JsonNode payload = app.graphQl()
                .execute(START, Map.of("input", Map.of("repId", "ghost")))
                .at("/data/startGoogleCalendarConsent");

        assertThat(payload.at("/url").isNull()).isTrue();
        assertThat(payload.at("/errors/0/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(payload.at("/errors/0/field").asString()).isEqualTo("repId");
    }

    private String consentUrl(String repId) {
        JsonNode payload = app.graphQl()
                .execute(START, Map.of("input", Map.of("repId", repId)))
                .at("/data/startGoogleCalendarConsent");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/url").asString();
    }

    private HttpResponse<String> callback(String query) throws Exception {
        URI uri = URI.create("http://localhost:"
                + app.bean(org.springframework.core.env.Environment.class).getProperty("local.server.port")
                + "/oauth/google/callback?" + query);
        return browser.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            fields.put(
                    URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
