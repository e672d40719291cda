package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Global object identification over HTTP: every object a client caches has an opaque id carrying its type, and
 * node(id:) and nodes(ids:) find it by that id alone, refused and narrowed as the type's own lookup.
 */
class NodeApiTest extends ApiTest {

    private static final String NODE = "query($id: ID!) { node(id: $id) { __typename id } }";
    private static final String NODES = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }";

    @Test
    void node_finds_an_object_of_every_type_by_the_id_its_own_field_answered() {
        Map<String, String> ids = EveryNode.made(graphQl, workspace, workspace.rep("Node Nadia"), 1);

        assertThat(ids.keySet())
                .containsExactlyInAnyOrder(
                        "Lead",
                        "Rep",
                        "Pool",
                        "Router",
                        "RouterVersion",
                        "Form",
                        "Account",
                        "Assignment",
                        "Booking",
                        "MeetingType",
                        "Webhook",
                        "ApiKey",
                        "WidgetKey",
                        "User",
                        "AuditEntry");
        ids.forEach((type, id) -> {
            JsonNode answer = graphQl.execute(NODE, Map.of("id", id));
            assertThat(answer.path("errors").size()).as(type + ": " + answer).isZero();
            assertThat(answer.at("/data/node/__typename").asString()).as(type).isEqualTo(type);
            assertThat(answer.at("/data/node/id").asString()).as(type).isEqualTo(id);
        });
    }

    @Test
    void nodes_answers_every_type_in_the_order_asked() {
        Map<String, String> ids = EveryNode.made(graphQl, workspace, workspace.rep("Node Nils"), 2);

        JsonNode answer = graphQl.execute(NODES, Map.of("ids", List.copyOf(ids.values())));

        assertThat(answer.path("errors").size()).as(answer.toString()).isZero();
        List<String> types = new ArrayList<>();
        List<String> found = new ArrayList<>();
        answer.at("/data/nodes").forEach(node -> {
            types.add(node.at("/__typename").asString());
            found.add(node.at("/id").asString());
        });
        assertThat(types).containsExactlyElementsOf(ids.keySet());
        assertThat(found).containsExactlyElementsOf(ids.values());
    }

    @Test
    void an_id_is_opaque_text_that_names_its_type_and_no_two_types_share_one() {
        Map<String, String> ids = EveryNode.made(graphQl, workspace, workspace.rep("Node Noor"), 3);

        ids.forEach((type, id) -> {
            assertThat(id).as(type).matches("[A-Za-z0-9_-]+");
            assertThat(new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8))
                    .as(type)
                    .startsWith(type + ":");
        });
        assertThat(ids.values()).doesNotHaveDuplicates();
    }

    @Test
    void each_version_of_a_router_has_its_own_id_and_answers_what_it_saved() {
        String rep = workspace.rep("Node Vera");
        String pool = workspace.pool("Node versions", List.of(rep));
        String form = workspace.queueForm(pool, "SHARK_TANK");
        String router = graphQl.execute("query($id: ID!) { form(id: $id) { router { id } } }", Map.of("id", form))
                .at("/data/form/router/id")
                .asString();
        JsonNode revised = graphQl.execute(
                        "mutation($input: ReviseRouterInput!) { reviseRouter(input: $input) { router { id version }"
                                + " errors { code field } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "routerId",
                                        router,
                                        "router",
                                        Map.of(
                                                "name",
                                                "Queue, renamed",
                                                "rules",
                                                List.of(),
                                                "fallback",
                                                Map.of(
                                                        "type",
                                                        "SEND_TO_QUEUE",
                                                        "poolId",
                                                        pool,
                                                        "queueMode",
                                                        "SHARK_TANK")))))
                .at("/data/reviseRouter");
        assertThat(revised.at("/errors").size()).as(revised.toString()).isZero();
        assertThat(revised.at("/router/id").asString()).isEqualTo(router);

        JsonNode versions = graphQl.execute(
                        "query($id: ID!) { router(id: $id) { versions { id version live name router { id } } } }",
                        Map.of("id", router))
                .at("/data/router/versions");

        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.at("/0/version").asInt()).isEqualTo(2);
        assertThat(versions.at("/0/live").asBoolean()).isFalse();
        assertThat(versions.at("/1/live").asBoolean()).isTrue();
        assertThat(versions.at("/1/router/id").asString()).isEqualTo(router);
        String second = versions.at("/0/id").asString();
        String first = versions.at("/1/id").asString();
        assertThat(List.of(first, second, router)).doesNotHaveDuplicates();
        JsonNode one = graphQl.execute(
                        "query($id: ID!) { node(id: $id) { ... on RouterVersion { id version name } } }",
                        Map.of("id", first))
                .at("/data/node");
        assertThat(one.at("/version").asInt()).isEqualTo(1);
        assertThat(one.at("/name").asString()).isEqualTo("Queue");
        // The deprecated way still answers the version asked for.
        assertThat(graphQl.execute(
                                "query($id: ID!) { router(id: $id, version: 1) { name version } }",
                                Map.of("id", router))
                        .at("/data/router/name")
                        .asString())
                .isEqualTo("Queue");
    }

    @Test
    void a_global_id_of_another_type_is_not_found_on_the_field_that_took_it() {
        String rep = workspace.rep("Node Otto");
        String pool = workspace.pool("Node other type", List.of(rep));

        JsonNode looked = graphQl.execute("query($id: ID!) { rep(id: $id) { id } }", Map.of("id", pool));
        JsonNode updated = graphQl.execute(
                "mutation($input: UpdateRepInput!) { updateRep(input: $input) { rep { id } errors { code field } } }",
                Map.of("input", Map.of("repId", pool, "name", "Never")));
        JsonNode member = graphQl.execute(
                "mutation($input: AddPoolMembersInput!) { addPoolMembers(input: $input) { errors { code field } } }",
                Map.of("input", Map.of("poolId", pool, "members", List.of(Map.of("repId", pool)))));

        assertThat(looked.at("/errors/0/extensions/code").asString())
                .as(looked.toString())
                .isEqualTo("NOT_FOUND");
        assertThat(looked.at("/errors/0/extensions/field").asString()).isEqualTo("id");
        assertThat(updated.at("/errors/0/extensions/code").asString())
                .as(updated.toString())
                .isEqualTo("NOT_FOUND");
        assertThat(updated.at("/errors/0/extensions/field").asString()).isEqualTo("repId");
        assertThat(member.at("/errors/0/extensions/field").asString())
                .as(member.toString())
                .isEqualTo("members[0].repId");
        assertThat(graphQl.execute("query($id: ID!) { rep(id: $id) { name } }", Map.of("id", rep))
                        .at("/data/rep/name")
                        .asString())
                .isEqualTo("Node Otto");
    }

    @Test
    void a_stored_id_sent_as_before_still_finds_its_object_and_is_answered_as_global() {
        String rep = workspace.rep("Node Old");
        String stored =
                new String(Base64.getUrlDecoder().decode(rep), StandardCharsets.UTF_8).substring("Rep:".length());

        JsonNode answer = graphQl.execute("query($id: ID!) { rep(id: $id) { id name } }", Map.of("id", stored));

        assertThat(answer.at("/data/rep/name").asString()).as(answer.toString()).isEqualTo("Node Old");
        assertThat(answer.at("/data/rep/id").asString()).isEqualTo(rep);
    }

    @Test
    void ids_of_other_objects_in_an_answer_are_the_global_ids_of_those_objects() {
        Map<String, String> ids = EveryNode.made(graphQl, workspace, workspace.rep("Node Rita"), 4);

        JsonNode booking = graphQl.execute(
                        "query($id: ID!) { booking(id: $id) { meetingTypeId } }", Map.of("id", ids.get("Booking")))
                .at("/data/booking");
        JsonNode waiting = workspace
                .submit(Workspace.lead(
                        null,
                        41,
                        Map.of(
                                "formId",
                                ids.get("Form"),
                                "startedAt",
                                java.time.Instant.now().minusSeconds(30).toString())))
                .at("/data/submitLead/lead");
        JsonNode queued = graphQl.execute(
                        "query($pool: ID!) { openQueue(poolId: $pool) { edges { node { id } } } }",
                        Map.of("pool", ids.get("Pool")))
                .at("/data/openQueue/edges/0/node");

        assertThat(booking.at("/meetingTypeId").asString()).isEqualTo(ids.get("MeetingType"));
        assertThat(queued.at("/id").asString())
                .as(waiting.toString())
                .isEqualTo(waiting.at("/id").asString());
        assertThat(new String(Base64.getUrlDecoder().decode(queued.at("/id").asString()), StandardCharsets.UTF_8))
                .startsWith("Lead:");
    }

    @Test
    void a_refused_or_missing_id_is_null_with_its_error_and_the_others_are_answered() {
        String repId = workspace.rep("Node Rex");
        Map<String, String> ids = EveryNode.made(graphQl, workspace, repId, 5);
        GraphQlClient rep = new Principals(port, graphQl).rep(repId);
        String missing = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("Rep:no-such-rep".getBytes(StandardCharsets.UTF_8));

        JsonNode answer =
                rep.execute(NODES, Map.of("ids", List.of(ids.get("Lead"), ids.get("Router"), missing, "made-up")));

        assertThat(answer.at("/data/nodes/0/id").asString())
                .as(answer.toString())
                .isEqualTo(ids.get("Lead"));
        assertThat(answer.at("/data/nodes/1").isNull()).isTrue();
        assertThat(answer.at("/data/nodes/2").isNull()).isTrue();
        assertThat(answer.at("/data/nodes/3").isNull()).isTrue();
        Map<String, String> codes = new java.util.TreeMap<>();
        answer.path("errors")
                .forEach(e -> codes.put(
                        e.at("/path").toString(), e.at("/extensions/code").asString()));
        assertThat(codes)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "[\"nodes\",1]", "FORBIDDEN", "[\"nodes\",2]", "NOT_FOUND", "[\"nodes\",3]", "NOT_FOUND"));
    }

    @Test
    void a_rep_reads_through_node_the_leads_they_own_and_nothing_of_the_others() {
        String own = workspace.rep("Node Owner");
        String other = workspace.rep("Node Other");
        Map<String, String> mine = EveryNode.made(graphQl, workspace, own, 6);
        Map<String, String> theirs = EveryNode.made(graphQl, workspace, other, 7);
        GraphQlClient rep = new Principals(port, graphQl).rep(own);

        assertThat(rep.execute(NODE, Map.of("id", mine.get("Lead")))
                        .at("/data/node/id")
                        .asString())
                .isEqualTo(mine.get("Lead"));
        for (String type : List.of("Lead", "Assignment", "Booking")) {
            JsonNode answer = rep.execute(NODE, Map.of("id", theirs.get(type)));
            assertThat(answer.at("/data/node").isNull())
                    .as(type + ": " + answer)
                    .isTrue();
            assertThat(answer.at("/errors/0/extensions/code").asString())
                    .as(type)
                    .isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void a_widget_key_reads_no_lead_through_node_not_even_its_own_forms() {
        String repId = workspace.rep("Node Wendy");
        Map<String, String> ids = EveryNode.made(graphQl, workspace, repId, 8);
        Principals principals = new Principals(port, graphQl);
        GraphQlClient widget = principals.widget(principals.widgetKey(ids.get("Form")));

        JsonNode answer = widget.execute(NODE, Map.of("id", ids.get("Lead")));

        assertThat(answer.at("/data/node").isNull()).isTrue();
        assertThat(answer.at("/errors/0/extensions/code").asString())
                .as(answer.toString())
                .isEqualTo("FORBIDDEN");
        assertThat(answer.toString()).doesNotContain("Prospect");
    }

    @Test
    void more_than_a_hundred_ids_are_out_of_range() {
        String rep = workspace.rep("Node Many");
        List<String> ids = IntStream.range(0, 101).mapToObj(n -> rep).toList();

        JsonNode answer = graphQl.execute(NODES, Map.of("ids", ids));

        assertThat(answer.at("/errors/0/extensions/code").asString())
                .as(answer.toString())
                .isEqualTo("OUT_OF_RANGE");
        assertThat(answer.at("/errors/0/extensions/field").asString()).isEqualTo("ids");
        assertThat(graphQl.execute(NODES, Map.of("ids", ids.subList(0, 100)))
                        .at("/data/nodes")
                        .size())
                .isEqualTo(100);
    }
}
