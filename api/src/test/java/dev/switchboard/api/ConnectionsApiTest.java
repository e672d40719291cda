package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every list that can grow is a connection: two pages of two are the first four with no overlap and no gap, the
 * total is counted, a page size out of 1 to 100 is refused naming first, and the filters integrators need hold.
 */
class ConnectionsApiTest extends ApiTest {

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private String router() {
        JsonNode created = graphQl.execute(
                        "mutation($input: CreateRouterInput!) { createRouter(input: $input) { router { id } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Paged " + UUID.randomUUID(),
                                        "rules",
                                        List.of(),
                                        "fallback",
                                        Map.of("type", "ROUTE_TO_REP", "repId", workspace.rep("Fallback")))))
                .at("/data/createRouter");
        assertThat(created.at("/router/id").isString()).as(created.toString()).isTrue();
        return created.at("/router/id").asString();
    }

    private String form() {
        JsonNode created = graphQl.execute(
                        "mutation($input: CreateFormInput!) { createForm(input: $input) { form { id } errors { code field } } }",
                        Map.of("input", Map.of("name", "Paged " + shortId(), "routerId", router())))
                .at("/data/createForm");
        assertThat(created.at("/form/id").isString()).as(created.toString()).isTrue();
        return created.at("/form/id").asString();
    }

    private String create(String mutation, String input, Map<String, Object> fields) {
        JsonNode payload = graphQl.execute(
                        "mutation($input: " + input + "!) { " + mutation
                                + "(input: $input) { errors { code field } } }",
                        Map.of("input", fields))
                .at("/data/" + mutation);
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return "";
    }

    /** One way to add an item to each list. */
    private Map<String, Supplier<?>> adders() {
        Map<String, Supplier<?>> adders = new LinkedHashMap<>();
        adders.put("reps", () -> workspace.rep("Paged " + shortId()));
        adders.put("pools", () -> workspace.pool("Paged " + UUID.randomUUID(), List.of(workspace.rep("Member"))));
        adders.put(
                "accounts",
                () -> create("createAccount", "CreateAccountInput", account(UUID.randomUUID() + ".example")));
        adders.put("forms", this::form);
        adders.put("routers", this::router);
        adders.put(
                "meetingTypes",
                () -> create(
                        "createMeetingType",
                        "CreateMeetingTypeInput",
                        Map.of("name", "Paged " + UUID.randomUUID(), "durationMinutes", 30)));
        adders.put(
                "webhooks",
                () -> create(
                        "createWebhook",
                        "CreateWebhookInput",
                        Map.of(
                                "url",
                                "https://hooks.example/" + UUID.randomUUID(),
                                "eventTypes",
                                List.of("LeadAssigned"))));
        adders.put(
                "users",
                () -> create(
                        "createUser",
                        "CreateUserInput",
                        Map.of(
                                "email",
                                UUID.randomUUID() + "@staff.example",
                                "password",
                                "correct horse battery",
                                "role",
                                "ADMIN")));
        adders.put(
                "apiKeys",
                () -> create(
                        "createApiKey", "CreateApiKeyInput", Map.of("name", "Paged", "scopes", List.of("LEADS_READ"))));
        adders.put(
                "widgetKeys",
                () -> create(
                        "createWidgetKey",
                        "CreateWidgetKeyInput",
                        Map.of("formId", form(), "allowedOrigins", List.of("https://www.example.com"))));
        return adders;
    }

    private Map<String, Object> account(String domain) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("name", "Paged " + domain);
        account.put("domains", List.of(domain));
        account.put("ownerId", workspace.rep("Owner"));
        return account;
    }

    private static String key(String list) {
        return list.equals("widgetKeys") ? "key" : "id";
    }

    private JsonNode page(String list, int first, String after) {
        String arguments = "first: " + first + (after == null ? "" : ", after: \"" + after + "\"");
        JsonNode answer = graphQl.execute("{ " + list + "(" + arguments + ") { totalCount nodes { " + key(list)
                + " } edges { cursor node { " + key(list) + " } } pageInfo { hasNextPage endCursor } } }");
        assertThat(answer.at("/errors").isMissingNode()).as(answer.toString()).isTrue();
        return answer.at("/data/" + list);
    }

    private static List<String> ids(JsonNode page, String key) {
        List<String> ids = new ArrayList<>();
        page.at("/nodes").forEach(n -> ids.add(n.at("/" + key).asString()));
        return ids;
    }

    @Test
    void every_list_pages_in_twos_exactly_as_one_page_of_four_and_counts_every_item() {
        adders().forEach((list, add) -> {
            for (int i = 0; i < 4; i++) {
                add.get();
            }
            JsonNode four = page(list, 4, null);
            JsonNode first = page(list, 2, null);
            JsonNode second = page(list, 2, first.at("/pageInfo/endCursor").asString());

            List<String> walked = new ArrayList<>(ids(first, key(list)));
            walked.addAll(ids(second, key(list)));
            assertThat(walked)
                    .as(list + ": two pages of two, no overlap, no gap")
                    .isEqualTo(ids(four, key(list)));
            assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).as(list).isTrue();
            assertThat(first.at("/edges/1/cursor").asString())
                    .as(list)
                    .isEqualTo(first.at("/pageInfo/endCursor").asString());
            assertThat(first.at("/edges/0/node/" + key(list)).asString())
                    .as(list)
                    .isEqualTo(walked.get(0));

            long total = first.at("/totalCount").asLong();
            assertThat(total).as(list).isGreaterThanOrEqualTo(4);
            add.get();
            assertThat(page(list, 1, null).at("/totalCount").asLong())
                    .as(list + " counted")
                    .isEqualTo(total + 1);
        });
    }

    @Test
    void a_rep_added_before_the_cursor_shifts_no_page_that_follows_it() {
        for (int i = 0; i < 4; i++) {
            workspace.rep("Paged " + shortId());
        }
        List<String> four = ids(page("reps", 4, null), "id");
        JsonNode first = page("reps", 2, null);

        workspace.rep("!" + shortId()); // sorts before every name of letters and digits

        JsonNode second = page("reps", 2, first.at("/pageInfo/endCursor").asString());
        assertThat(ids(second, "id")).isEqualTo(four.subList(2, 4));
    }

    @Test
    void a_page_size_out_of_1_to_100_is_refused_naming_first_on_every_list() {
        for (String list : List.of(
                "reps",
                "pools",
                "accounts",
                "forms",
                "routers",
                "meetingTypes",
                "webhooks",
                "users",
                "apiKeys",
                "widgetKeys",
                "leads",
                "assignments")) {
            for (int first : new int[] {0, 101}) {
                JsonNode answer = graphQl.execute("{ " + list + "(first: " + first + ") { totalCount } }");
                assertThat(answer.at("/errors/0/extensions/code").asString())
                        .as(list + " " + first)
                        .isEqualTo("OUT_OF_RANGE");
                assertThat(answer.at("/errors/0/extensions/field").asString())
                        .as(answer.toString())
                        .isEqualTo("first");
            }
        }
    }

    @Test
    void reps_are_found_by_email_and_accounts_by_domain() {
        String ana = workspace.rep("Ana");
        String email = graphQl.execute("query($id: ID!) { rep(id: $id) { email } }", Map.of("id", ana))
                .at("/data/rep/email")
                .asString();
        JsonNode reps = graphQl.execute(
                        "query($email: String) { reps(email: $email) { totalCount nodes { id } } }",
                        Map.of("email", email))
                .at("/data/reps");
        assertThat(reps.at("/totalCount").asInt()).isEqualTo(1);
        assertThat(reps.at("/nodes/0/id").asString()).isEqualTo(ana);

        String domain = UUID.randomUUID() + ".example";
        create("createAccount", "CreateAccountInput", account(domain));
        JsonNode accounts = graphQl.execute(
                        "query($d: String) { accounts(domain: $d) { totalCount nodes { domains } } }",
                        Map.of("d", domain.toUpperCase()))
                .at("/data/accounts");
        assertThat(accounts.at("/totalCount").asInt()).isEqualTo(1);
        assertThat(accounts.at("/nodes/0/domains/0").asString()).isEqualTo(domain);
    }

    @Test
    void leads_are_filtered_by_email_form_submission_time_pool_rep_and_outcome() {
        String ana = workspace.rep("Ana");
        String pool = workspace.pool("Paged " + UUID.randomUUID(), List.of(ana));
        String email = "paged-" + UUID.randomUUID() + "@Acme.example";
        Instant before = Instant.now().minusSeconds(1);
        JsonNode submitted = workspace.submit(Workspace.lead(pool, 1, Map.of("email", email)));
        assertThat(submitted.at("/errors").isMissingNode())
                .as(submitted.toString())
                .isTrue();
        workspace.submit(Workspace.lead(pool, 2, Map.of()));
        Instant after = Instant.now().plusSeconds(1);

        assertThat(leads("email: \"" + email.toLowerCase() + "\"")).hasSize(1);
        assertThat(leads("poolId: \"" + pool + "\"")).hasSize(2);
        assertThat(leads("repId: \"" + ana + "\"")).hasSize(2);
        assertThat(leads("poolId: \"" + pool + "\", outcome: ASSIGNED")).hasSize(2);
        assertThat(leads("poolId: \"" + pool + "\", outcome: DISQUALIFIED")).isEmpty();
        assertThat(leads("email: \"" + email + "\", submittedFrom: \"" + before + "\", submittedTo: \"" + after + "\""))
                .hasSize(1);
        assertThat(leads("email: \"" + email + "\", submittedFrom: \"" + after + "\""))
                .isEmpty();
        assertThat(leads("email: \"" + email + "\", submittedTo: \"" + before + "\""))
                .isEmpty();

        String form = form();
        assertThat(leads("formId: \"" + form + "\"")).isEmpty();

        JsonNode both = graphQl.execute("{ leads(poolId: \"" + pool + "\", email: \"" + email + "\") { totalCount } }");
        assertThat(both.at("/errors/0/extensions/code").asString())
                .as(both.toString())
                .isEqualTo("NOT_AN_OPTION");
        assertThat(both.at("/errors/0/extensions/field").asString()).isEqualTo("poolId");
    }

    private List<String> leads(String arguments) {
        JsonNode answer = graphQl.execute("{ leads(first: 100, " + arguments + ") { totalCount nodes { id } } }");
        assertThat(answer.at("/errors").isMissingNode()).as(answer.toString()).isTrue();
        List<String> ids = ids(answer.at("/data/leads"), "id");
        assertThat(answer.at("/data/leads/totalCount").asInt()).as(arguments).isEqualTo(ids.size());
        return ids;
    }
}
