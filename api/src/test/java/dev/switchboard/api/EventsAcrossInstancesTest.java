package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.api.config.EmbeddedMongoProperties;
import dev.switchboard.api.config.EmbeddedMongoServer;
import dev.switchboard.api.graphql.GlobalIds;
import dev.switchboard.persistence.secrets.Secrets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two app instances on one database, each relaying, fanning out and delivering at once: every event reaches each
 * webhook exactly once, and a lead submitted on one instance reaches a subscriber connected to the other.
 */
class EventsAcrossInstancesTest {

    private static EmbeddedMongoServer database;
    private static RunningApp first;
    private static RunningApp second;

    @BeforeAll
    static void start() {
        database = EmbeddedMongoServer.start(new EmbeddedMongoProperties(
                EmbeddedMongoProperties.Storage.MEMORY, Path.of("unused"), "127.0.0.1", 0, "switchboard"));
        Map<String, Object> settings = Map.of(
                "spring.mongodb.uri",
                database.connectionString("events"),
                "switchboard.sla.enabled",
                false,
                "switchboard.events.interval",
                "PT0.05S",
                "switchboard.events.feed-interval",
                "PT0.1S",
                // Webhook secrets are sealed: every instance must hold the same key to open them.
                "switchboard.secrets.key",
                Secrets.newKey());
        first = RunningApp.start(settings);
        second = RunningApp.start(settings);
    }

    @AfterAll
    static void stop() {
        second.close();
        first.close();
        database.close();
    }

    @Test
    void with_two_instances_delivering_each_event_reaches_each_webhook_once() throws Exception {
        Workspace setup = new Workspace(first.graphQl());
        String pool = setup.pool("Inbound", List.of(setup.rep("A"), setup.rep("B")));
        try (WebhookReceiver one = new WebhookReceiver();
                WebhookReceiver two = new WebhookReceiver()) {
            List<String> webhooks = new ArrayList<>();
            for (WebhookReceiver receiver : List.of(one, two)) {
                JsonNode created = first.graphQl()
                        .execute(
                                """
                        mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } secret } }""",
                                Map.of(
                                        "input",
                                        Map.of(
                                                "url",
                                                receiver.url(),
                                                "eventTypes",
                                                List.of("LeadSubmitted", "LeadAssigned"))))
                        .at("/data/createWebhook");
                receiver.secret(created.at("/secret").asString());
                webhooks.add(created.at("/webhook/id").asString());
            }
            List<Workspace> instances = List.of(new Workspace(first.graphQl()), new Workspace(second.graphQl()));
            for (int n = 0; n < 20; n++) {
                instances.get(n % 2).submitAndGetRep(pool, n);
            }

            for (WebhookReceiver receiver : List.of(one, two)) {
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> receiver.received().size() >= 40);
            }
            for (String webhook : webhooks) {
                await().atMost(Duration.ofSeconds(60))
                        .untilAsserted(() -> assertThat(statuses(webhook)).containsOnly(Map.entry("DELIVERED", 40L)));
            }
            // Every delivery is DELIVERED after one attempt, so nothing more can be sent: the counts are final.
            for (WebhookReceiver receiver : List.of(one, two)) {
                assertThat(receiver.received())
                        .hasSize(40)
                        .allSatisfy(r -> assertThat(r.signatureValid()).isTrue());
                assertThat(receiver.received().stream()
                                .map(WebhookReceiver.Received::eventId)
                                .distinct())
                        .hasSize(40);
            }
        }
    }

    private static Map<String, Long> statuses(String webhook) {
        List<String> statuses = new ArrayList<>();
        String after = null;
        do {
            JsonNode page = first.graphQl()
                    .execute("""
                    query($id: ID!, $after: String) {
                      webhookDeliveries(webhookId: $id, first: 10, after: $after) {
                        edges { cursor node { status attempts } } pageInfo { hasNextPage endCursor }
                      }
                    }""", after == null ? Map.of("id", webhook) : Map.of("id", webhook, "after", after))
                    .at("/data/webhookDeliveries");
            page.at("/edges")
                    .forEach(edge -> statuses.add(edge.at("/node/status").asString()
                            + (edge.at("/node/attempts").asInt() > 1
                                    ? " after " + edge.at("/node/attempts").asInt() + " attempts"
                                    : "")));
            after = page.at("/pageInfo/hasNextPage").asBoolean()
                    ? page.at("/pageInfo/endCursor").asString()
                    : null;
        } while (after != null);
        return statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void a_lead_submitted_on_one_instance_reaches_subscribers_on_the_other_over_websocket() {
        Workspace setup = new Workspace(second.graphQl());
        String pool = setup.pool("Live", List.of(setup.rep("Cleo")));
        String adminKey = new Principals(first.port(), first.graphQl()).apiKey("admin");
        try (SubscriptionClient subscriber = new SubscriptionClient(first.port(), adminKey)) {
            subscriber.subscribe(
                    "log",
                    "subscription { leadAssigned { leadId assignmentId outcome rep { name } pool { name } reason reasonCode } }");
            subscriber.subscribe(
                    "submitted", "subscription { events(types: [LeadSubmitted]) { id type leadId body } }");

            JsonNode submitted = setup.submit(Workspace.lead(pool, 1, Map.of())).at("/data/submitLead");
            String lead = submitted.at("/lead/id").asString();

            JsonNode assigned = null;
            JsonNode event = null;
            while (assigned == null || event == null) {
                JsonNode message = subscriber.next(Duration.ofSeconds(30));
                assertThat(message.at("/type").asString())
                        .as(message.toString())
                        .isEqualTo("next");
                if (lead.equals(message.at("/payload/data/leadAssigned/leadId").asString())) {
                    assigned = message.at("/payload/data/leadAssigned");
                } else if (lead.equals(message.at("/payload/data/events/leadId").asString())) {
                    event = message.at("/payload/data/events");
                }
            }
            assertThat(event.at("/type").asString()).isEqualTo("LeadSubmitted");
            assertThat(event.at("/id").asString()).isEqualTo("lead:" + GlobalIds.storedId(lead) + ":submitted");
            assertThat(event.at("/body").asString())
                    .as("the pool's global id, as the API answered it")
                    .contains("\"poolId\":\"" + pool + "\"")
                    .contains("\"version\":2");
            assertThat(assigned.at("/outcome").asString()).isEqualTo("ASSIGNED");
            JsonNode stored = second.graphQl()
                    .execute(
                            "query($id: ID!) { lead(id: $id) { assignment { id explanation { reasonCode } } } }",
                            Map.of("id", lead))
                    .at("/data/lead/assignment");
            assertThat(assigned.at("/assignmentId").asString())
                    .as("the subscription carries what the webhook's data does")
                    .isEqualTo(stored.at("/id").asString());
            assertThat(assigned.at("/reasonCode").asString())
                    .isEqualTo(stored.at("/explanation/reasonCode").asString());
            assertThat(assigned.at("/rep/name").asString()).isEqualTo("Cleo");
            assertThat(assigned.at("/pool/name").asString()).isEqualTo("Live");
        }
    }
}
