package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.config.EmbeddedMongoProperties;
import dev.switchboard.api.config.EmbeddedMongoServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Callers without a key are limited per client address, across instances: two instances on one database count one
 * address's anonymous GraphQL requests, and its sign-in attempts, together; past the limit they answer 429 with
 * the real wait, and callers with a session or a key are not counted.
 */
class AnonymousRateLimitsAcrossInstancesTest {

    private static final String ME = "{\"query\":\"{ me { kind } }\"}";

    @Test
    void four_anonymous_requests_a_minute_are_used_up_by_two_on_each_instance_and_signed_in_callers_go_on() {
        try (EmbeddedMongoServer database = sharedDatabase()) {
            Map<String, Object> limited = new LinkedHashMap<>();
            limited.put("spring.mongodb.uri", database.connectionString("shared"));
            limited.put("switchboard.security.anonymous-per-address", 4);
            try (RunningApp first = RunningApp.start(limited);
                    RunningApp second = RunningApp.start(limited)) {
                GraphQlClient admin = first.graphQl();
                String apiKey = admin.execute(
                                "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }",
                                Map.of("input", Map.of("name", "limits", "scopes", List.of("ADMIN"))))
                        .at("/data/createApiKey/key")
                        .asString();
                GraphQlClient onFirst = GraphQlClient.anonymous(first.port());
                GraphQlClient onSecond = GraphQlClient.anonymous(second.port());

                withinOneMinute();
                List<Integer> statuses = new ArrayList<>();
                HttpResponse<String> last = null;
                for (GraphQlClient instance : List.of(onFirst, onSecond, onFirst, onSecond, onFirst, onSecond)) {
                    last = instance.send(ME);
                    statuses.add(last.statusCode());
                }

                assertThat(statuses).containsExactly(200, 200, 200, 200, 429, 429);
                assertThat(last.body()).contains("RATE_LIMITED");
                String retryAfter = last.headers().firstValue("Retry-After").orElseThrow();
                // Fixed minutes: the real wait is the rest of this one, when the address is admitted again.
                assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
                assertThat(last.body()).contains("try again in " + retryAfter + " s");
                assertThat(admin.send(ME).body()).as("signed in").contains("\"kind\":\"ADMIN\"");
                assertThat(GraphQlClient.withKey(second.port(), apiKey, null)
                                .send(ME)
                                .statusCode())
                        .as("with an API key")
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void three_sign_in_attempts_a_minute_from_one_address_are_used_up_across_instances_whichever_account() {
        try (EmbeddedMongoServer database = sharedDatabase()) {
            Map<String, Object> limited = new LinkedHashMap<>();
            limited.put("spring.mongodb.uri", database.connectionString("shared"));
            limited.put("switchboard.security.sign-in-per-address", 3);
            try (RunningApp first = RunningApp.start(limited);
                    RunningApp second = RunningApp.start(limited)) {
                withinOneMinute();
                List<Integer> statuses = new ArrayList<>();
                statuses.add(GraphQlClient.signedIn(first.port(), "someone@acme.example", "a wrong password 1")
                        .signIn());
                statuses.add(GraphQlClient.signedIn(second.port(), "other@acme.example", "a wrong password 2")
                        .signIn());
                statuses.add(GraphQlClient.signedIn(first.port(), GraphQlClient.ADMIN_EMAIL, "a wrong password 3")
                        .signIn());
                // The right password too: the address has used up its attempts for this minute.
                statuses.add(
                        GraphQlClient.signedIn(second.port(), GraphQlClient.ADMIN_EMAIL, GraphQlClient.ADMIN_PASSWORD)
                                .signIn());

                assertThat(statuses).containsExactly(401, 401, 401, 429);
            }
        }
    }

    /** The limits count per minute of the clock: the requests are sent within one minute, not across two. */
    private static void withinOneMinute() {
        while (Instant.now().getEpochSecond() % 60 > 45) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static EmbeddedMongoServer sharedDatabase() {
        return EmbeddedMongoServer.start(new EmbeddedMongoProperties(
                EmbeddedMongoProperties.Storage.MEMORY, Path.of("unused"), "127.0.0.1", 0, "switchboard"));
    }
}
