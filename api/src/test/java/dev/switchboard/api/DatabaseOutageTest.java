package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.config.EmbeddedMongoProperties;
import dev.switchboard.api.config.EmbeddedMongoServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With the database gone, an instance still answers, at once and plainly: requests fail as UNAVAILABLE (503,
 * JSON with a code) within the driver's bounded waits instead of hanging, and health says DOWN.
 */
class DatabaseOutageTest {

    /** Far above every bound the app sets: a request still unanswered then would be hanging. */
    private static final Duration HANGING = Duration.ofSeconds(25);

    @Test
    void with_the_database_gone_requests_fail_as_unavailable_and_health_is_down_instead_of_hanging() throws Exception {
        EmbeddedMongoServer database = EmbeddedMongoServer.start(new EmbeddedMongoProperties(
                EmbeddedMongoProperties.Storage.MEMORY, Path.of("unused"), "127.0.0.1", 0, "switchboard"));
        try (RunningApp app = RunningApp.start(Map.of(
                "spring.mongodb.uri",
                database.connectionString("outage"),
                "switchboard.sla.enabled",
                false,
                "switchboard.events.enabled",
                false))) {
            Workspace workspace = new Workspace(app.graphQl());
            workspace.pool("Before the outage", List.of(workspace.rep("Olga")));
            HttpClient http = HttpClient.newHttpClient();
            URI health = URI.create("http://localhost:" + app.port() + "/actuator/health");
            assertThat(http.send(
                                    HttpRequest.newBuilder(health)
                                            .timeout(HANGING)
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .statusCode())
                    .isEqualTo(200);

            database.close();

            HttpResponse<String> query = app.graphQl().send("{\"query\":\"{ reps(first: 100) { nodes { id } } }\"}");
            HttpResponse<String> down = http.send(
                    HttpRequest.newBuilder(health).timeout(HANGING).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(query.statusCode()).isEqualTo(503);
            assertThat(query.body())
                    .contains("\"code\":\"UNAVAILABLE\"")
                    .doesNotContain("Exception")
                    .doesNotContain("mongo");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("DOWN");
        }
    }
}
