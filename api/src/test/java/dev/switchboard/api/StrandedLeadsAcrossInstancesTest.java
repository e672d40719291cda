package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.config.EmbeddedMongoProperties;
import dev.switchboard.api.config.EmbeddedMongoServer;
import dev.switchboard.api.graphql.GlobalIds;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.IdempotencyKey;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadDetails;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Events;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Rotations;
import dev.switchboard.domain.port.Routers;
import dev.switchboard.routing.engine.RouteLead;
import dev.switchboard.routing.intake.RouteStrandedLeads;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Leads a crash left stored without a decision, on two app instances sharing one database: pending, and answered
 * IN_PROGRESS on a retry, until the recovery job routes them; the job run on both instances at once, many times
 * over, routes each exactly once.
 */
class StrandedLeadsAcrossInstancesTest {

    private static final String LEAD = """
            query($id: ID!) { lead(id: $id) { status assignment { id outcome rep { name } } } }""";
    private static final String SUBMIT = """
            mutation($input: SubmitLeadInput!) { submitLead(input: $input) {
              lead { id status } assignment { id } repeated errors { code field } } }""";

    private static RouteStrandedLeads job(RunningApp app, Clock clock) {
        return new RouteStrandedLeads(
                app.bean(Forms.class),
                app.bean(Routers.class),
                app.bean(Pools.class),
                app.bean(Leads.class),
                app.bean(Assignments.class),
                app.bean(RouteLead.class),
                app.bean(Events.class),
                clock,
                Duration.ofSeconds(30));
    }

    /** What a submission leaves when its instance is killed between storing the lead and storing its decision. */
    private static LeadId strandedLead(RunningApp app, String pool, int n, IdempotencyKey key) {
        Lead lead = new Lead(
                LeadId.random(),
                details(n),
                null,
                new PoolId(pool),
                Instant.now().truncatedTo(ChronoUnit.MILLIS),
                key == null ? null : key.claim(Lead.SUBMIT, Lead.request(null, new PoolId(pool), details(n))));
        return app.bean(Leads.class).add(lead).id();
    }

    private static LeadDetails details(int n) {
        return new LeadDetails(
                "Prospect " + n,
                new EmailAddress("prospect" + n + "@acme.example"),
                null,
                "Acme",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    @Test
    void stranded_leads_show_pending_until_one_of_two_instances_routes_each_exactly_once() throws Exception {
        Map<String, Object> settings = Map.of(
                "switchboard.sla.enabled",
                false,
                "switchboard.intake.recovery.enabled",
                false,
                "switchboard.intake.replay-wait",
                "PT0.2S");
        try (EmbeddedMongoServer database = EmbeddedMongoServer.start(new EmbeddedMongoProperties(
                        EmbeddedMongoProperties.Storage.MEMORY, Path.of("unused"), "127.0.0.1", 0, "switchboard"));
                RunningApp first = RunningApp.start(with(settings, database));
                RunningApp second = RunningApp.start(with(settings, database))) {

            Workspace setup = new Workspace(first.graphQl());
            String pool = setup.pool("Inbound", List.of(setup.rep("A"), setup.rep("B")));
            JsonNode key = first.graphQl()
                    .execute(
                            """
                    mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id } } }""",
                            Map.of("input", Map.of("name", "site", "scopes", List.of("LEADS_WRITE", "LEADS_READ"))))
                    .at("/data/createApiKey");
            GraphQlClient site =
                    GraphQlClient.withKey(second.port(), key.at("/key").asString(), null);
            IdempotencyKey retried = new IdempotencyKey(
                    "api-key:" + GlobalIds.storedId(key.at("/apiKey/id").asString()), "form-post-1");
            List<LeadId> stranded = new ArrayList<>();
            stranded.add(strandedLead(first, GlobalIds.storedId(pool), 0, retried));
            for (int n = 1; n < 10; n++) {
                stranded.add(strandedLead(first, GlobalIds.storedId(pool), n, null));
            }

            JsonNode pending = second.graphQl()
                    .execute(LEAD, Map.of("id", stranded.get(0).value()))
                    .at("/data/lead");
            assertThat(pending.at("/status").asString()).isEqualTo("PENDING");
            assertThat(pending.at("/assignment").isNull()).isTrue();
            JsonNode retryBefore = site.execute(
                            SUBMIT, Map.of("input", Workspace.lead(pool, 0, Map.of("idempotencyKey", "form-post-1"))))
                    .at("/data/submitLead");
            assertThat(retryBefore.at("/errors/0/code").asString())
                    .as(retryBefore.toString())
                    .isEqualTo("IN_PROGRESS");
            assertThat(retryBefore.at("/lead/id").asString())
                    .isEqualTo(GlobalIds.encode("Lead", stranded.get(0).value()));
            assertThat(retryBefore.at("/lead/status").asString()).isEqualTo("PENDING");
            assertThat(job(first, Clock.systemUTC()).run())
                    .as("within the grace period")
                    .isEmpty();

            Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1));
            List<RouteStrandedLeads> jobs = List.of(job(first, later), job(second, later));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService runners = Executors.newFixedThreadPool(6);
            int routed = 0;
            try {
                List<Future<Integer>> runs = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    RouteStrandedLeads job = jobs.get(i % 2);
                    runs.add(runners.submit(() -> {
                        start.await();
                        return job.run().size();
                    }));
                }
                start.countDown();
                for (Future<Integer> run : runs) {
                    routed += run.get();
                }
            } finally {
                runners.shutdown();
            }

            assertThat(routed).isEqualTo(10);
            assertThat(first.bean(Rotations.class).turnsTaken(new PoolId(GlobalIds.storedId(pool))))
                    .as("one turn per lead")
                    .isEqualTo(10);
            for (LeadId lead : stranded) {
                JsonNode recovered = first.graphQl()
                        .execute(LEAD, Map.of("id", lead.value()))
                        .at("/data/lead");
                assertThat(recovered.at("/status").asString()).isEqualTo("ROUTED");
                assertThat(recovered.at("/assignment/outcome").asString()).isEqualTo("ASSIGNED");
            }
            JsonNode retryAfter = site.execute(
                            SUBMIT, Map.of("input", Workspace.lead(pool, 0, Map.of("idempotencyKey", "form-post-1"))))
                    .at("/data/submitLead");
            assertThat(retryAfter.at("/errors").size())
                    .as(retryAfter.toString())
                    .isZero();
            assertThat(retryAfter.at("/repeated").asBoolean()).isTrue();
            assertThat(retryAfter.at("/assignment/id").asString()).isNotEmpty();
            assertThat(jobs.get(0).run()).isEmpty();
        }
    }

    private static Map<String, Object> with(Map<String, Object> settings, EmbeddedMongoServer database) {
        Map<String, Object> all = new java.util.LinkedHashMap<>(settings);
        all.put("spring.mongodb.uri", database.connectionString("stranded"));
        return all;
    }
}
