package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.config.EmbeddedMongoProperties;
import dev.switchboard.api.config.EmbeddedMongoServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two app instances on one database, as behind a load balancer with no stickiness: a browser's session and a
 * widget's rate limit are the same whichever instance answers.
 */
class SessionsAndLimitsAcrossInstancesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void a_browser_signed_in_on_one_instance_is_signed_in_on_the_other_and_signed_out_on_both() throws Exception {
        try (EmbeddedMongoServer database = sharedDatabase();
                RunningApp first = RunningApp.start(Map.of("spring.mongodb.uri", database.connectionString("shared")));
                RunningApp second =
                        RunningApp.start(Map.of("spring.mongodb.uri", database.connectionString("shared")))) {
            Browser browser = new Browser();
            browser.get(first.port(), "/auth/csrf");
            assertThat(browser.post(
                                    first.port(),
                                    "/auth/login",
                                    "{\"email\":\"" + GraphQlClient.ADMIN_EMAIL + "\",\"password\":\""
                                            + GraphQlClient.ADMIN_PASSWORD + "\"}")
                            .statusCode())
                    .isEqualTo(200);

            HttpResponse<String> onSecond = browser.post(second.port(), "/graphql", "{\"query\":\"{ me { kind } }\"}");
            assertThat(onSecond.statusCode()).isEqualTo(200);
            assertThat(onSecond.body()).contains("\"kind\":\"ADMIN\"");
            assertThat(browser.post(
                                    second.port(),
                                    "/graphql",
                                    "{\"query\":\"{ users(first: 100) { nodes { email } } }\"}")
                            .body())
                    .contains(GraphQlClient.ADMIN_EMAIL);

            assertThat(browser.post(second.port(), "/auth/logout", "").statusCode())
                    .isEqualTo(204);
            assertThat(browser.post(first.port(), "/graphql", "{\"query\":\"{ me { kind } }\"}")
                            .body())
                    .contains("\"me\":null");
        }
    }

    @Test
    void a_widget_limit_of_four_a_minute_is_used_up_by_two_requests_on_each_instance() throws Exception {
        Map<String, Object> limited = new LinkedHashMap<>();
        try (EmbeddedMongoServer database = sharedDatabase()) {
            limited.put("spring.mongodb.uri", database.connectionString("shared"));
            limited.put("switchboard.security.widget-per-address", 4);
            try (RunningApp first = RunningApp.start(limited);
                    RunningApp second = RunningApp.start(limited)) {
                Workspace workspace = new Workspace(first.graphQl());
                String form =
                        workspace.queueForm(workspace.pool("Limited", List.of(workspace.rep("Lim"))), "SHARK_TANK");
                String key = new Principals(first.port(), first.graphQl()).widgetKey(form);
                GraphQlClient onFirst = GraphQlClient.withKey(first.port(), key, Principals.WIDGET_ORIGIN);
                GraphQlClient onSecond = GraphQlClient.withKey(second.port(), key, Principals.WIDGET_ORIGIN);

                // The limit counts per minute of the clock: six requests are sent within one minute, not across two.
                while (java.time.Instant.now().getEpochSecond() % 60 > 50) {
                    Thread.sleep(500);
                }
                List<Integer> statuses = new ArrayList<>();
                for (GraphQlClient instance : List.of(onFirst, onSecond, onFirst, onSecond, onFirst, onSecond)) {
                    statuses.add(
                            instance.send("{\"query\":\"{ me { kind } }\"}").statusCode());
                }

                assertThat(statuses).containsExactly(200, 200, 200, 200, 429, 429);
            }
        }
    }

    private static EmbeddedMongoServer sharedDatabase() {
        return EmbeddedMongoServer.start(new EmbeddedMongoProperties(
                EmbeddedMongoProperties.Storage.MEMORY, Path.of("unused"), "127.0.0.1", 0, "switchboard"));
    }

    /** Keeps cookies by name whatever the port, as a browser does for one host behind a balancer. */
    private static final class Browser {
        private final Map<String, String> cookies = new LinkedHashMap<>();

        HttpResponse<String> get(int port, String path) throws Exception {
            return send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .GET(),
                    port);
        }

        HttpResponse<String> post(int port, String path, String json) throws Exception {
            return send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json)),
                    port);
        }

        private HttpResponse<String> send(HttpRequest.Builder request, int port) throws Exception {
            if (!cookies.isEmpty()) {
                request.header(
                        "Cookie",
                        String.join(
                                "; ",
                                cookies.entrySet().stream()
                                        .map(c -> c.getKey() + "=" + c.getValue())
                                        .toList()));
            }
            if (cookies.containsKey("XSRF-TOKEN")) {
                request.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (value.isEmpty() || set.contains("Max-Age=0")) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return response;
        }
    }
}
