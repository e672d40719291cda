package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.port.Leads;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** submitLead through the real /graphql endpoint, on the embedded MongoDB over its wire protocol. */
class SubmitLeadApiTest extends ApiTest {

    @Autowired
    Leads leads;

    @Test
    void given_a_pool_of_A_and_B_four_leads_are_assigned_A_B_A_B() {
        String pool = workspace.pool("Inbound", List.of(workspace.rep("A"), workspace.rep("B")));

        List<String> assigned = IntStream.range(0, 4)
                .mapToObj(n -> workspace.submitAndGetRep(pool, n))
                .toList();

        assertThat(assigned).containsExactly("A", "B", "A", "B");
    }

    @Test
    void a_lead_sent_to_one_pool_is_routed_there_and_errors_name_the_field_under_to() {
        String pool = workspace.pool("Inbound", List.of(workspace.rep("Toni")));

        JsonNode routed = workspace
                .submit(Workspace.lead(null, 1, Map.of("to", Map.of("poolId", pool))))
                .at("/data/submitLead");
        assertThat(routed.at("/assignment/rep/name").asString())
                .as(routed.toString())
                .isEqualTo("Toni");

        JsonNode unknown = workspace
                .submit(Workspace.lead(null, 2, Map.of("to", Map.of("poolId", "no-such-pool"))))
                .at("/data/submitLead");
        assertThat(unknown.at("/errors/0/field").asString())
                .as(unknown.toString())
                .isEqualTo("to.poolId");

        JsonNode both = workspace
                .submit(Workspace.lead(pool, 3, Map.of("to", Map.of("poolId", pool))))
                .at("/data/submitLead");
        assertThat(both.at("/errors/0/code").asString()).as(both.toString()).isEqualTo("NOT_AN_OPTION");
        assertThat(both.at("/errors/0/field").asString()).isEqualTo("poolId");

        JsonNode two =
                workspace.submit(Workspace.lead(null, 4, Map.of("to", Map.of("poolId", pool, "formId", "some-form"))));
        assertThat(two.at("/errors/0/message").asString())
                .as("GraphQL itself refuses two destinations (@oneOf)")
                .contains("submitLead.input.to");
    }

    @Test
    void a_hundred_concurrent_leads_to_a_pool_of_four_give_each_rep_exactly_25() throws Exception {
        String pool = workspace.pool(
                "Inbound", List.of(workspace.rep("A"), workspace.rep("B"), workspace.rep("C"), workspace.rep("D")));
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> submissions = new ArrayList<>();
        for (int n = 0; n < 100; n++) {
            int lead = n;
            submissions.add(() -> {
                start.await();
                return workspace.submitAndGetRep(pool, lead);
            });
        }

        List<String> assigned = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(100);
        try {
            List<Future<String>> results = new ArrayList<>();
            submissions.forEach(s -> results.add(clients.submit(s)));
            start.countDown();
            for (Future<String> result : results) {
                assigned.add(result.get());
            }
        } finally {
            clients.shutdown();
        }

        Map<String, Long> perRep =
                assigned.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perRep)
                .containsOnly(Map.entry("A", 25L), Map.entry("B", 25L), Map.entry("C", 25L), Map.entry("D", 25L));
    }

    @Test
    void the_same_idempotency_key_returns_the_first_lead_and_assignment() {
        String pool = workspace.pool("Inbound", List.of(workspace.rep("A"), workspace.rep("B")));
        Map<String, Object> input = Workspace.lead(pool, 1, Map.of("idempotencyKey", "form-7:attempt"));

        JsonNode first = workspace.submit(input).at("/data/submitLead");
        long stored = leads.count();
        JsonNode retry = workspace.submit(input).at("/data/submitLead");

        assertThat(retry.at("/lead/id")).isEqualTo(first.at("/lead/id"));
        assertThat(retry.at("/assignment")).isEqualTo(first.at("/assignment"));
        assertThat(leads.count()).isEqualTo(stored);
        assertThat(workspace.submitAndGetRep(pool, 2)).isEqualTo("B");
    }

    private static final String SUBMIT_KEYED = """
            mutation($input: SubmitLeadInput!) { submitLead(input: $input) {
              lead { id status } assignment { id rep { name } } repeated errors { code field message } } }""";

    @Test
    void a_retry_says_it_is_a_repeat_and_the_same_key_with_another_lead_is_a_conflict_naming_the_key() {
        String pool = workspace.pool("Inbound", List.of(workspace.rep("A"), workspace.rep("B")));
        String key = "checkout-" + java.util.UUID.randomUUID();

        JsonNode first = graphQl.execute(
                        SUBMIT_KEYED, Map.of("input", Workspace.lead(pool, 1, Map.of("idempotencyKey", key))))
                .at("/data/submitLead");
        JsonNode retry = graphQl.execute(
                        SUBMIT_KEYED, Map.of("input", Workspace.lead(pool, 1, Map.of("idempotencyKey", key))))
                .at("/data/submitLead");
        long stored = leads.count();
        JsonNode other = graphQl.execute(
                        SUBMIT_KEYED, Map.of("input", Workspace.lead(pool, 2, Map.of("idempotencyKey", key))))
                .at("/data/submitLead");

        assertThat(first.at("/repeated").asBoolean()).isFalse();
        assertThat(first.at("/lead/status").asString()).isEqualTo("ROUTED");
        assertThat(retry.at("/repeated").asBoolean()).isTrue();
        assertThat(retry.at("/assignment/id")).isEqualTo(first.at("/assignment/id"));
        assertThat(other.at("/errors/0/code").asString()).isEqualTo("IDEMPOTENCY_CONFLICT");
        assertThat(other.at("/errors/0/field").asString()).isEqualTo("idempotencyKey");
        assertThat(other.at("/errors/0/message").asString()).contains(key);
        assertThat(other.at("/lead").isNull()).isTrue();
        assertThat(leads.count()).isEqualTo(stored);
    }

    @Test
    void fifty_parallel_submissions_with_one_key_store_one_lead_and_each_answers_its_decision_or_in_progress()
            throws Exception {
        String pool = workspace.pool("Inbound", List.of(workspace.rep("A"), workspace.rep("B"), workspace.rep("C")));
        Map<String, Object> input =
                Workspace.lead(pool, 7, Map.of("idempotencyKey", "parallel-" + java.util.UUID.randomUUID()));
        long before = leads.count();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(50);
        List<JsonNode> answers = new ArrayList<>();
        try {
            List<Future<JsonNode>> results = new ArrayList<>();
            for (int n = 0; n < 50; n++) {
                results.add(clients.submit(() -> {
                    start.await();
                    return graphQl.execute(SUBMIT_KEYED, Map.of("input", input)).at("/data/submitLead");
                }));
            }
            start.countDown();
            for (Future<JsonNode> result : results) {
                answers.add(result.get());
            }
        } finally {
            clients.shutdown();
        }

        assertThat(leads.count() - before).isEqualTo(1);
        assertThat(answers.stream().map(a -> a.at("/lead/id").asString()).distinct())
                .hasSize(1);
        assertThat(answers.stream().filter(a -> !a.at("/repeated").asBoolean())).hasSize(1);
        for (JsonNode answer : answers) {
            boolean decided =
                    !answer.at("/assignment").isNull() && answer.at("/errors").isEmpty();
            boolean inProgress = answer.at("/assignment").isNull()
                    && answer.at("/errors/0/code").asString().equals("IN_PROGRESS");
            assertThat(decided || inProgress)
                    .as("an answer with neither the decision nor IN_PROGRESS: %s", answer)
                    .isTrue();
        }
        assertThat(answers.stream()
                        .map(a -> a.at("/assignment/id"))
                        .filter(id -> !id.isMissingNode() && !id.isNull())
                        .distinct())
                .hasSize(1);
    }

    static Stream<Arguments> badLeads() {
        String longText = "x".repeat(201);
        List<Map<String, String>> tooManyAttributes = Collections.nCopies(51, Map.of("key", "k", "value", "v"));
        Map<String, Object> missingEmail = new HashMap<>();
        missingEmail.put("email", null);
        return Stream.of(
                Arguments.of("malformed email", Map.of("email", "not-an-address"), "INVALID_FORMAT", "email"),
                Arguments.of("missing email", missingEmail, "REQUIRED", "email"),
                Arguments.of("blank name", Map.of("name", "   "), "REQUIRED", "name"),
                Arguments.of("unknown pool", Map.of("poolId", "no-such-pool"), "NOT_FOUND", "poolId"),
                Arguments.of("oversized name", Map.of("name", longText), "TOO_LONG", "name"),
                Arguments.of(
                        "oversized attribute",
                        Map.of("attributes", List.of(Map.of("key", "campaign", "value", "y".repeat(1001)))),
                        "TOO_LONG",
                        "attributes[0].value"),
                Arguments.of(
                        "too many attributes", Map.of("attributes", tooManyAttributes), "OUT_OF_RANGE", "attributes"),
                Arguments.of("negative employees", Map.of("employees", -3), "OUT_OF_RANGE", "employees"),
                Arguments.of("employees as text", Map.of("employees", "many"), "INVALID_TYPE", "employees"),
                Arguments.of("deal value as text", Map.of("dealValue", "lots"), "INVALID_TYPE", "dealValue"),
                Arguments.of(
                        "an operator instead of a name", Map.of("name", Map.of("$gt", "")), "INVALID_TYPE", "name"),
                Arguments.of("an unknown field", Map.of("$where", "sleep(1000)"), "UNKNOWN_FIELD", "$where"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLeads")
    void bad_input_is_answered_with_its_code_and_field_and_stores_nothing(
            String why, Map<String, Object> change, String code, String field) {
        String pool = workspace.pool("Inbound", List.of(workspace.rep("A")));
        long before = leads.count();

        JsonNode response = workspace.submit(Workspace.lead(pool, 1, change));

        JsonNode error = response.at("/data/submitLead/errors/0").isMissingNode()
                ? response.at("/errors/0/extensions")
                : response.at("/data/submitLead/errors/0");
        assertThat(error.at("/code").asString()).as(response.toString()).isEqualTo(code);
        assertThat(error.at("/field").asString()).as(response.toString()).isEqualTo(field);
        assertThat(response.toString()).doesNotContain("Exception").doesNotContain("at dev.switchboard");
        assertThat(leads.count()).isEqualTo(before);
    }

    @Test
    void a_wrong_type_written_in_the_document_names_the_field_too() {
        JsonNode response = graphQl.execute("""
                mutation { submitLead(input: {poolId: "p", name: "Ada", email: "ada@acme.example", employees: "many"}) {
                  lead { id } errors { code } } }""");

        assertThat(response.at("/errors/0/extensions/code").asString()).isEqualTo("INVALID_TYPE");
        assertThat(response.at("/errors/0/extensions/field").asString()).isEqualTo("employees");
        assertThat(response.at("/errors/0/extensions/argument").asString()).isEqualTo("input");
    }

    @Test
    void leads_are_listed_newest_first_in_pages_with_opaque_cursors() {
        String pool = workspace.pool("Inbound", List.of(workspace.rep("A")));
        List<String> submitted = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            submitted.add(workspace
                    .submit(Workspace.lead(pool, n, Map.of("name", "Paged " + n)))
                    .at("/data/submitLead/lead/id")
                    .asString());
        }
        String page = """
                query($after: String) { leads(first: 3, after: $after) {
                  edges { cursor node { id assignment { rep { name } } } } pageInfo { hasNextPage endCursor } } }""";

        List<String> seen = new ArrayList<>();
        String after = null;
        boolean more = true;
        while (more) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonNode leadsPage = graphQl.execute(page, variables).at("/data/leads");
            leadsPage.at("/edges").forEach(edge -> seen.add(edge.at("/node/id").asString()));
            more = leadsPage.at("/pageInfo/hasNextPage").asBoolean();
            after = leadsPage.at("/pageInfo/endCursor").asString();
        }

        List<String> newestFirst = new ArrayList<>(submitted);
        Collections.reverse(newestFirst);
        assertThat(seen).containsSubsequence(newestFirst);
        assertThat(seen).doesNotHaveDuplicates();
    }

    @Test
    void a_forged_cursor_or_page_size_is_a_typed_error() {
        JsonNode forged = graphQl.execute("{ leads(first: 2, after: \"bm9wZQ\") { edges { cursor } } }");
        JsonNode tooBig = graphQl.execute("{ leads(first: 5000) { edges { cursor } } }");

        assertThat(forged.at("/errors/0/extensions/code").asString()).isEqualTo("INVALID_FORMAT");
        assertThat(forged.at("/errors/0/extensions/field").asString()).isEqualTo("after");
        assertThat(tooBig.at("/errors/0/extensions/code").asString()).isEqualTo("OUT_OF_RANGE");
        assertThat(tooBig.at("/errors/0/extensions/field").asString()).isEqualTo("first");
    }

    @Test
    void a_lead_can_be_read_back_with_its_assignment() {
        String pool = workspace.pool("Inbound", List.of(workspace.rep("A")));
        String id = workspace
                .submit(Workspace.lead(
                        pool,
                        1,
                        Map.of(
                                "dealValue",
                                "25000.50",
                                "attributes",
                                List.of(Map.of("key", "utm_campaign", "value", "launch")))))
                .at("/data/submitLead/lead/id")
                .asString();

        JsonNode lead = graphQl.execute("""
                query($id: ID!) { lead(id: $id) { name email emailDomain dealValue attributes { key value }
                  pool { id } assignment { turn outcome explanation { reason candidates { chosen rep { name } } } rep { name } } } }""", Map.of("id", id)).at("/data/lead");

        assertThat(lead.at("/emailDomain").asString()).isEqualTo("acme.example");
        assertThat(lead.at("/dealValue").asString()).isEqualTo("25000.50");
        assertThat(lead.at("/attributes/0/value").asString()).isEqualTo("launch");
        assertThat(lead.at("/pool/id").asString()).isEqualTo(pool);
        assertThat(lead.at("/assignment/rep/name").asString()).isEqualTo("A");
        assertThat(lead.at("/assignment/outcome").asString()).isEqualTo("ASSIGNED");
        assertThat(lead.at("/assignment/explanation/reason").asString())
                .isEqualTo("sent straight to pool Inbound by round robin: turn 0 goes to member 1 of 1");
        assertThat(lead.at("/assignment/explanation/candidates/0/rep/name").asString())
                .isEqualTo("A");
    }
}
