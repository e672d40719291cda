package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.api.graphql.GlobalIds;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks end to end: an app posting to a real local receiver that checks every signature as an integrator
 * would, answers 500 before 200 to make it retry, or fails every attempt until an admin replays the delivery.
 */
class WebhooksApiTest {

    private static final String CREATE = """
            mutation($input: CreateWebhookInput!) {
              createWebhook(input: $input) { webhook { id url eventTypes } secret errors { code field message } }
            }""";
    private static final String DELIVERIES = """
            query($id: ID!) {
              webhookDeliveries(webhookId: $id, first: 5) {
                edges { node { id eventId eventType status attempts body log { number statusCode error durationMillis } } }
              }
            }""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static RunningApp app;
    private static GraphQlClient graphQl;
    private static Workspace workspace;
    private static String pool;
    private WebhookReceiver receiver;

    @BeforeAll
    static void start() {
        app = RunningApp.start(Map.of(
                "switchboard.embedded-mongo.storage",
                "memory",
                "switchboard.sla.enabled",
                false,
                "switchboard.events.interval",
                "PT0.1S",
                "switchboard.webhooks.backoff",
                "PT0.2S",
                "switchboard.webhooks.max-attempts",
                3));
        graphQl = app.graphQl();
        workspace = new Workspace(graphQl);
        pool = workspace.pool("Inbound", List.of(workspace.rep("Ana"), workspace.rep("Ben")));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @BeforeEach
    void receive() throws IOException {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void close() {
        receiver.close();
    }

    private String webhookFor(String... types) {
        JsonNode created = graphQl.execute(
                        CREATE, Map.of("input", Map.of("url", receiver.url(), "eventTypes", List.of(types))))
                .at("/data/createWebhook");
        assertThat(created.at("/errors").size()).as(created.toString()).isZero();
        receiver.secret(created.at("/secret").asString());
        return created.at("/webhook/id").asString();
    }

    private JsonNode deliveries(String webhookId) {
        return graphQl.execute(DELIVERIES, Map.of("id", webhookId)).at("/data/webhookDeliveries/edges");
    }

    private String submitLead(int n) {
        JsonNode payload = workspace.submit(Workspace.lead(pool, n, Map.of())).at("/data/submitLead");
        return payload.at("/lead/id").asString();
    }

    @Test
    void a_delivery_answered_500_is_retried_and_the_200_that_follows_delivers_it_every_attempt_signed() {
        receiver.answer(500);
        String webhook = webhookFor("LeadAssigned");
        String lead = submitLead(1);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                deliveries(webhook).at("/0/node/status").asString())
                        .isEqualTo("DELIVERED"));

        JsonNode delivery = deliveries(webhook).at("/0/node");
        assertThat(deliveries(webhook).size()).isEqualTo(1);
        assertThat(delivery.at("/eventId").asString()).isEqualTo("lead:" + GlobalIds.storedId(lead) + ":assigned");
        assertThat(delivery.at("/attempts").asInt()).isEqualTo(2);
        assertThat(delivery.at("/log/0/statusCode").asInt()).isEqualTo(500);
        assertThat(delivery.at("/log/0/error").asString()).isEqualTo("answered HTTP 500");
        assertThat(delivery.at("/log/1/statusCode").asInt()).isEqualTo(200);
        assertThat(delivery.at("/log/1/error").isNull()).isTrue();
        assertThat(receiver.received()).hasSize(2).allSatisfy(r -> {
            assertThat(r.signatureValid())
                    .as("signature checked with the secret shown once")
                    .isTrue();
            assertThat(r.eventType()).isEqualTo("LeadAssigned");
            assertThat(r.body())
                    .as("the lead's global id, as the API answered it")
                    .contains("\"leadId\":\"" + lead + "\"")
                    .contains("\"outcome\":\"ASSIGNED\"");
            assertThat(r.body()).as("the envelope's version").contains("\"version\":2");
        });
    }

    @Test
    void a_webhooks_deliveries_paged_two_by_two_are_as_many_as_its_total_count() {
        String webhook = webhookFor("LeadAssigned");
        submitLead(11);
        submitLead(12);
        submitLead(13);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(deliveries(webhook).size()).isEqualTo(3));
        String query = """
                query($id: ID!, $after: String) {
                  webhookDeliveries(webhookId: $id, first: 2, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
                }""";
        JsonNode first = graphQl.execute(query, Map.of("id", webhook)).at("/data/webhookDeliveries");
        JsonNode second = graphQl.execute(
                        query,
                        Map.of(
                                "id",
                                webhook,
                                "after",
                                first.at("/pageInfo/endCursor").asString()))
                .at("/data/webhookDeliveries");
        assertThat(first.at("/nodes").size() + second.at("/nodes").size()).isEqualTo(3);
        assertThat(second.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
        assertThat(first.at("/totalCount").asInt()).as(first.toString()).isEqualTo(3);
        assertThat(second.at("/totalCount").asInt()).isEqualTo(3);
    }

    @Test
    void a_delivery_failing_every_attempt_ends_failed_and_a_replay_delivers_it() {
        receiver.answer(500, 502, 503);
        String webhook = webhookFor("LeadSubmitted");
        submitLead(2);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                deliveries(webhook).at("/0/node/status").asString())
                        .isEqualTo("FAILED"));
        JsonNode failed = deliveries(webhook).at("/0/node");
        assertThat(failed.at("/log").size()).isEqualTo(3);

        JsonNode replayed = graphQl.execute(
                        """
                mutation($input: ReplayWebhookDeliveryInput!) {
                  replayWebhookDelivery(input: $input) { delivery { status attempts } errors { code field } }
                }""",
                        Map.of("input", Map.of("deliveryId", failed.at("/id").asString())))
                .at("/data/replayWebhookDelivery");
        assertThat(replayed.at("/delivery/status").asString()).isEqualTo("PENDING");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                deliveries(webhook).at("/0/node/status").asString())
                        .isEqualTo("DELIVERED"));
        assertThat(deliveries(webhook).at("/0/node/log").size()).isEqualTo(4);
        assertThat(receiver.received())
                .hasSize(4)
                .allSatisfy(r -> assertThat(r.signatureValid()).isTrue());

        JsonNode again = graphQl.execute(
                        """
                mutation($input: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $input) { errors { code field } } }""",
                        Map.of("input", Map.of("deliveryId", failed.at("/id").asString())))
                .at("/data/replayWebhookDelivery/errors/0");
        assertThat(again.at("/code").asString()).isEqualTo("NOT_REPLAYABLE");
    }

    private static final String NODE = "query($id: ID!) { node(id: $id) { __typename id } }";

    /** The data of the first delivery of that type about the lead. */
    private JsonNode dataOf(String type, String lead) {
        return receiver.received().stream()
                .filter(r -> r.eventType().equals(type))
                .map(r -> JSON.readTree(r.body()))
                .filter(body -> body.at("/data/leadId").asString().equals(lead))
                .findFirst()
                .map(body -> {
                    assertThat(body.at("/version").asInt()).isEqualTo(2);
                    return body.at("/data");
                })
                .orElseThrow(() -> new AssertionError("no " + type + " for " + lead + " in " + receiver.received()));
    }

    /** What node(id:) answers for an id, as "Type id". */
    private String node(String id) {
        JsonNode node = graphQl.execute(NODE, Map.of("id", id)).at("/data/node");
        return node.at("/__typename").asString() + " " + node.at("/id").asString();
    }

    @Test
    void every_id_a_delivery_carries_is_the_global_id_node_finds_the_same_object_by() {
        String webhook = webhookFor("LeadSubmitted", "LeadAssigned", "MeetingBooked");
        Booker booker = new Booker(graphQl);
        String lead = submitLead(3);
        String intro = booker.meetingType(30, 0);
        JsonNode booking = booker.booked(lead, intro, Booker.monday("11:00"));
        JsonNode decided = graphQl.execute(
                        "query($id: ID!) { lead(id: $id) { assignment { id rep { id } pool { id } } } }",
                        Map.of("id", lead))
                .at("/data/lead/assignment");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(deliveries(webhook).findValues("status").stream()
                                .filter(status -> status.asString().equals("DELIVERED"))
                                .count())
                        .isGreaterThanOrEqualTo(3));

        JsonNode submitted = dataOf("LeadSubmitted", lead);
        assertThat(submitted.at("/poolId").asString()).isEqualTo(pool);
        assertThat(node(submitted.at("/poolId").asString())).isEqualTo("Pool " + pool);

        JsonNode assigned = dataOf("LeadAssigned", lead);
        assertThat(node(assigned.at("/leadId").asString())).isEqualTo("Lead " + lead);
        assertThat(node(assigned.at("/assignmentId").asString()))
                .isEqualTo("Assignment " + decided.at("/id").asString());
        assertThat(node(assigned.at("/repId").asString()))
                .isEqualTo("Rep " + decided.at("/rep/id").asString());
        assertThat(node(assigned.at("/poolId").asString())).isEqualTo("Pool " + pool);

        JsonNode booked = dataOf("MeetingBooked", lead);
        assertThat(node(booked.at("/bookingId").asString()))
                .isEqualTo("Booking " + booking.at("/id").asString());
        assertThat(node(booked.at("/repId").asString()))
                .isEqualTo("Rep " + booking.at("/rep/id").asString());
        assertThat(node(booked.at("/meetingTypeId").asString())).isEqualTo("MeetingType " + intro);
    }

    @Test
    void a_subscriber_hears_of_a_lead_assigned_with_the_ids_its_webhook_delivery_carries() {
        webhookFor("LeadAssigned");
        String adminKey = new Principals(app.port(), graphQl).apiKey("admin");
        try (SubscriptionClient subscriber = new SubscriptionClient(app.port(), adminKey)) {
            subscriber.subscribe("log", "subscription { leadAssigned { leadId assignmentId rep { id } pool { id } } }");
            subscriber.subscribe("events", "subscription { events(types: [LeadAssigned]) { leadId body } }");
            String lead = submitLead(4);

            JsonNode typed = null;
            JsonNode event = null;
            while (typed == null || event == null) {
                JsonNode message = subscriber.next(Duration.ofSeconds(30));
                assertThat(message.at("/type").asString())
                        .as(message.toString())
                        .isEqualTo("next");
                if (lead.equals(message.at("/payload/data/leadAssigned/leadId").asString())) {
                    typed = message.at("/payload/data/leadAssigned");
                } else if (lead.equals(message.at("/payload/data/events/leadId").asString())) {
                    event = message.at("/payload/data/events");
                }
            }
            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            receiver.received().stream().anyMatch(r -> r.body().contains(lead)));
            JsonNode data = dataOf("LeadAssigned", lead);

            assertThat(JSON.readTree(event.at("/body").asString()).at("/data"))
                    .as("the events subscription's body is the webhook's")
                    .isEqualTo(data);
            assertThat(typed.at("/leadId").asString())
                    .isEqualTo(data.at("/leadId").asString());
            assertThat(typed.at("/assignmentId").asString())
                    .isEqualTo(data.at("/assignmentId").asString());
            assertThat(typed.at("/rep/id").asString())
                    .isEqualTo(data.at("/repId").asString());
            assertThat(typed.at("/pool/id").asString())
                    .isEqualTo(data.at("/poolId").asString());
        }
    }

    @Test
    void a_delivery_of_an_event_recorded_in_version_1_is_replayed_as_it_was_and_its_stored_ids_still_find_the_lead() {
        receiver.answer(500, 500, 500);
        String webhook = webhookFor("LeadAccepted");
        String lead = submitLead(5);
        String stored = GlobalIds.storedId(lead);
        String rep = GlobalIds.storedId(
                graphQl.execute("query($id: ID!) { lead(id: $id) { assignment { rep { id } } } }", Map.of("id", lead))
                        .at("/data/lead/assignment/rep/id")
                        .asString());
        // An event an older version recorded: its body names the lead and the rep by their stored ids.
        String eventId = "lead:" + stored + ":change:9";
        String body = "{\"id\":\"" + eventId + "\",\"type\":\"LeadAccepted\",\"version\":1,"
                + "\"occurredAt\":\"2026-12-01T09:00:00Z\",\"data\":{\"leadId\":\"" + stored
                + "\",\"repId\":\"" + rep + "\",\"change\":9}}";
        app.bean(MongoTemplate.class)
                .getCollection("events")
                .insertOne(new Document("_id", eventId)
                        .append("type", "LeadAccepted")
                        .append("leadId", stored)
                        .append("occurredAt", Date.from(Instant.parse("2026-12-01T09:00:00Z")))
                        .append("recordedAt", Date.from(TestClock.app().instant()))
                        .append("body", body)
                        .append("awaitingFanOut", true));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                deliveries(webhook).at("/0/node/status").asString())
                        .isEqualTo("FAILED"));
        JsonNode replayed = graphQl.execute(
                        """
                mutation($input: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $input) { errors { code } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "deliveryId",
                                        deliveries(webhook).at("/0/node/id").asString())))
                .at("/data/replayWebhookDelivery");
        assertThat(replayed.at("/errors").size()).as(replayed.toString()).isZero();
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                deliveries(webhook).at("/0/node/status").asString())
                        .isEqualTo("DELIVERED"));

        assertThat(receiver.received()).hasSize(4).allSatisfy(r -> {
            assertThat(r.signatureValid()).isTrue();
            assertThat(r.body()).as("sent as it was recorded, on every attempt").isEqualTo(body);
        });
        assertThat(graphQl.execute("query($id: ID!) { lead(id: $id) { id } }", Map.of("id", stored))
                        .at("/data/lead/id")
                        .asString())
                .as("a stored id is still taken (deprecated) and answers the global id")
                .isEqualTo(lead);
    }

    @Test
    void a_url_that_is_not_http_or_an_unknown_event_type_is_refused_naming_the_field() {
        JsonNode ftp = graphQl.execute(
                        CREATE,
                        Map.of("input", Map.of("url", "ftp://hooks.example", "eventTypes", List.of("LeadAssigned"))))
                .at("/data/createWebhook");
        assertThat(ftp.at("/errors/0/field").asString()).isEqualTo("url");
        JsonNode unknown = graphQl.execute(
                CREATE,
                Map.of("input", Map.of("url", receiver.url(), "eventTypes", List.of("LeadAssigned", "LeadEaten"))));
        // Event types are an enum: GraphQL itself refuses an unknown one, with a code and the field at fault.
        JsonNode answered = unknown.at("/data/createWebhook");
        assertThat(answered.isMissingNode() || answered.isNull())
                .as("nothing ran: " + unknown)
                .isTrue();
        assertThat(unknown.at("/errors/0/extensions/code").asString()).isEqualTo("INVALID_TYPE");
        assertThat(unknown.at("/errors/0/extensions/field").asString()).isEqualTo("eventTypes[1]");
        assertThat(unknown.at("/errors/0/message").asString())
                .contains("createWebhook.input.eventTypes[1]")
                .contains("LeadEaten");
    }

    @Test
    void a_key_with_webhooks_write_registers_lists_replaces_and_deletes_a_webhook_without_admin() {
        GraphQlClient crm =
                GraphQlClient.withKey(app.port(), new Principals(app.port(), graphQl).apiKey("webhooks:write"), null);
        JsonNode created = crm.execute(
                        CREATE, Map.of("input", Map.of("url", receiver.url(), "eventTypes", List.of("LeadAssigned"))))
                .at("/data/createWebhook");
        assertThat(created.at("/errors").size()).as(created.toString()).isZero();
        String webhook = created.at("/webhook/id").asString();

        assertThat(crm.execute("{ webhooks(first: 100) { nodes { id } } }")
                        .at("/data/webhooks/nodes")
                        .toString())
                .contains(webhook);
        JsonNode updated = crm.execute(
                        """
                mutation($input: UpdateWebhookInput!) { updateWebhook(input: $input) { webhook { eventTypes } errors { code } } }""",
                        Map.of(
                                "input",
                                Map.of("id", webhook, "url", receiver.url(), "eventTypes", List.of("MeetingBooked"))))
                .at("/data/updateWebhook");
        assertThat(updated.at("/webhook/eventTypes").toString()).isEqualTo("[\"MeetingBooked\"]");
        assertThat(crm.execute("{ auditLog(first: 1) { edges { cursor } } }")
                        .at("/errors/0/extensions/code")
                        .asString())
                .as("the scope is for webhooks only")
                .isEqualTo("FORBIDDEN");
        JsonNode deleted =
                crm.execute("""
                mutation($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { deletedId errors { code } } }""", Map.of("input", Map.of("id", webhook))).at("/data/deleteWebhook");
        assertThat(deleted.at("/deletedId").asString()).isEqualTo(webhook);
    }

    @Test
    void a_webhook_is_listed_without_its_secret_updated_and_deleted() {
        String webhook = webhookFor("LeadAssigned");
        JsonNode updated = graphQl.execute(
                        """
                mutation($input: UpdateWebhookInput!) { updateWebhook(input: $input) { webhook { url eventTypes } errors { code } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "id",
                                        webhook,
                                        "url",
                                        receiver.url() + "/v2",
                                        "eventTypes",
                                        List.of("LeadAccepted", "LeadReassigned"))))
                .at("/data/updateWebhook");
        assertThat(updated.at("/webhook/eventTypes").toString()).isEqualTo("[\"LeadAccepted\",\"LeadReassigned\"]");

        JsonNode listed =
                graphQl.execute("{ webhooks(first: 100) { nodes { id url } } }").at("/data/webhooks/nodes");
        assertThat(listed.toString()).contains(webhook).contains("/hooks/v2").doesNotContain("whsec_");

        JsonNode deleted =
                graphQl.execute("""
                mutation($input: DeleteWebhookInput!) { deleteWebhook(input: $input) { deletedId errors { code } } }""", Map.of("input", Map.of("id", webhook))).at("/data/deleteWebhook");
        assertThat(deleted.at("/deletedId").asString()).isEqualTo(webhook);
        assertThat(graphQl.execute("{ webhooks(first: 100) { nodes { id } } }")
                        .at("/data/webhooks/nodes")
                        .toString())
                .doesNotContain(webhook);
    }
}
