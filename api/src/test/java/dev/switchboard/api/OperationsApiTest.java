package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What an operator's tools read: health with its parts, and Prometheus metrics of lead intake. */
class OperationsApiTest extends ApiTest {

    private String get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", "Bearer " + METRICS_KEY)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    @Test
    void health_shows_the_database_and_the_calendars() throws Exception {
        JsonNode health = JsonMapper.builder().build().readTree(get("/actuator/health"));

        assertThat(health.at("/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/mongo/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/calendars/status").asString()).isEqualTo("UP");
    }

    @Test
    void metrics_are_for_admins_and_the_scrape_key_and_health_for_anyone() throws Exception {
        HttpResponse<String> anonymous = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> health = GraphQlClient.anonymous(port).get("/actuator/health");
        HttpResponse<String> asAdmin = graphQl.get("/actuator/prometheus");
        HttpResponse<String> asRep =
                new Principals(port, graphQl).rep(workspace.rep("Metrics Rep")).get("/actuator/prometheus");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(asRep.statusCode()).isEqualTo(403);
    }

    @Test
    void routed_leads_are_counted_by_outcome_and_decisions_timed() throws Exception {
        String pool = workspace.pool("Metered", List.of(workspace.rep("Ana")));
        workspace.submit(Workspace.lead(pool, 1, Map.of("idempotencyKey", "metered-1")));
        workspace.submit(Workspace.lead(pool, 1, Map.of("idempotencyKey", "metered-1")));

        String metrics = get("/actuator/prometheus");

        assertThat(metrics).containsPattern("switchboard_leads_submitted_total(\\{[^}]*})? [1-9]");
        assertThat(metrics).contains("switchboard_leads_routed_total{outcome=\"ASSIGNED\"");
        assertThat(metrics).contains("switchboard_routing_decision_seconds_bucket");
    }
}
