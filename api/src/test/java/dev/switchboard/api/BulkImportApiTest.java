package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * startBulkImport through the real endpoint and the embedded database, worked by the background worker: each row on
 * its own, errors naming their lines, and the same file again creating nothing twice.
 */
// Ten thousand rows are over the default request size (1MB): raised as an operator importing files would.
@org.springframework.test.context.TestPropertySource(properties = "switchboard.http.max-request-size=25MB")
class BulkImportApiTest extends ApiTest {

    private static final String START = """
            mutation($input: StartBulkImportInput!) { startBulkImport(input: $input) {
              operation { id state counts { total } } errors { code field message } } }""";

    private static final String POLL = """
            query($id: ID!) { bulkImport(id: $id) { id kind state failure finishedAt
              counts { total created updated unchanged failed } rowErrors { line key field code message } } }""";

    String ana;
    String tag;

    @BeforeEach
    void givenAnaAndFreshKeys() {
        ana = workspace.rep("Ana");
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode start(String kind, String content) {
        return graphQl.execute(START, Map.of("input", Map.of("kind", kind, "content", content)))
                .at("/data/startBulkImport");
    }

    private JsonNode importAndWait(String kind, String content) throws InterruptedException {
        JsonNode started = start(kind, content);
        assertThat(started.at("/errors").size()).as(started.toString()).isZero();
        assertThat(started.at("/operation/state").asString()).isEqualTo("QUEUED");
        String id = started.at("/operation/id").asString();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (true) {
            JsonNode operation = graphQl.execute(POLL, Map.of("id", id)).at("/data/bulkImport");
            String state = operation.at("/state").asString();
            if (state.equals("DONE") || state.equals("FAILED") || Instant.now().isAfter(deadline)) {
                return operation;
            }
            Thread.sleep(200);
        }
    }

    private int accountsTagged() {
        int n = 0;
        String after = null;
        do {
            JsonNode page = graphQl.execute(
                            "query($after: String) { accounts(first: 100, after: $after) { nodes { domains }"
                                    + " pageInfo { hasNextPage endCursor } } }",
                            java.util.Collections.singletonMap("after", after))
                    .at("/data/accounts");
            for (JsonNode a : page.at("/nodes")) {
                if (a.at("/domains/0").asString().endsWith(tag + ".example")) {
                    n++;
                }
            }
            after = page.at("/pageInfo/hasNextPage").asBoolean()
                    ? page.at("/pageInfo/endCursor").asString()
                    : null;
        } while (after != null);
        return n;
    }

    @Test
    void ten_thousand_accounts_with_three_bad_rows_land_but_those_and_a_retry_creates_no_duplicate() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            if (i == 17) {
                lines.add("{\"name\": \"Ghost\", \"domains\": [\"ghost-" + tag + ".example\"], \"owner\": \"nobody\"}");
            } else if (i == 4_242) {
                lines.add("{\"name\": \"Bad\", \"domains\": [\"ok-" + tag
                        + ".example\", \"not a domain\"], \"owner\": \"" + ana + "\"}");
            } else if (i == 9_999) {
                lines.add("{\"name\": \"Broken\", \"domains\": [\"broken-" + tag + ".example\"");
            } else {
                lines.add("{\"name\":\"C" + i + "\",\"domain\":\"c" + i + "-" + tag + ".example\",\"owner\":\"" + ana
                        + "\"}");
            }
        }
        String file = String.join("\n", lines) + "\n";

        JsonNode first = importAndWait("ACCOUNTS", file);
        JsonNode again = importAndWait("ACCOUNTS", file);

        assertThat(first.at("/state").asString()).as(first.toString()).isEqualTo("DONE");
        assertThat(first.at("/finishedAt").isNull()).isFalse();
        assertThat(first.at("/counts/total").asInt()).isEqualTo(10_000);
        assertThat(first.at("/counts/created").asInt()).isEqualTo(9_997);
        assertThat(first.at("/counts/failed").asInt()).isEqualTo(3);
        JsonNode errors = first.at("/rowErrors");
        assertThat(errors.size()).isEqualTo(3);
        assertThat(errors.get(0).at("/line").asInt()).isEqualTo(17);
        assertThat(errors.get(0).at("/field").asString()).isEqualTo("owner");
        assertThat(errors.get(0).at("/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(errors.get(0).at("/key").asString()).isEqualTo("ghost-" + tag + ".example");
        assertThat(errors.get(1).at("/line").asInt()).isEqualTo(4_242);
        assertThat(errors.get(1).at("/field").asString()).isEqualTo("domains[1]");
        assertThat(errors.get(1).at("/code").asString()).isEqualTo("INVALID_FORMAT");
        assertThat(errors.get(2).at("/line").asInt()).isEqualTo(9_999);
        assertThat(errors.get(2).at("/field").isNull()).isTrue();
        assertThat(errors.get(2).at("/code").asString()).isEqualTo("INVALID_FORMAT");
        assertThat(again.at("/state").asString()).isEqualTo("DONE");
        assertThat(again.at("/counts/created").asInt()).isZero();
        assertThat(again.at("/counts/unchanged").asInt()).isEqualTo(9_997);
        assertThat(again.at("/counts/failed").asInt()).isEqualTo(3);
        assertThat(accountsTagged()).isEqualTo(9_997);
    }

    @Test
    void reps_are_keyed_by_email_so_an_edited_row_updates_its_rep_and_a_bad_one_names_its_field() throws Exception {
        String bea = "bea-" + tag + "@sales.example";
        String file = String.join(
                "\n",
                "{\"name\": \"Bea\", \"email\": \"" + bea + "\", \"timeZone\": \"Europe/Paris\"}",
                "",
                "{\"name\": \"Cy\", \"email\": \"cy-" + tag + "@sales.example\", \"timeZone\": \"Mars/Olympus\"}",
                "{\"name\": \"Di\", \"email\": \"di-" + tag + "@sales.example\", \"timezone\": \"UTC\"}");

        JsonNode first = importAndWait("REPS", file);
        JsonNode edited = importAndWait(
                "REPS", "{\"name\": \"Bea Martin\", \"email\": \"" + bea + "\", \"timeZone\": \"Europe/Paris\"}");

        assertThat(first.at("/counts/total").asInt()).isEqualTo(3);
        assertThat(first.at("/counts/created").asInt()).isOne();
        assertThat(first.at("/rowErrors/0/line").asInt()).isEqualTo(3);
        assertThat(first.at("/rowErrors/0/field").asString()).isEqualTo("timeZone");
        assertThat(first.at("/rowErrors/1/line").asInt()).isEqualTo(4);
        assertThat(first.at("/rowErrors/1/code").asString()).isEqualTo("UNKNOWN_FIELD");
        assertThat(edited.at("/counts/updated").asInt()).isOne();
        List<String> named = new ArrayList<>();
        graphQl.execute("{ reps(first: 100) { nodes { name email } } }", Map.of())
                .at("/data/reps/nodes")
                .forEach(r -> {
                    if (r.at("/email").asString().equals(bea)) {
                        named.add(r.at("/name").asString());
                    }
                });
        assertThat(named).containsExactly("Bea Martin");
    }

    @Test
    void leads_are_stored_as_history_once_each_and_a_malformed_line_is_only_its_own_error() throws Exception {
        String pool = workspace.pool("History " + tag, List.of(ana));
        String file = String.join(
                "\n",
                "{\"externalId\": \"crm-1-" + tag + "\", \"poolId\": \"" + pool + "\", \"name\": \"Eve\", "
                        + "\"email\": \"eve@" + tag + ".example\", \"submittedAt\": \"2025-03-01T10:00:00Z\"}",
                "{\"poolId\": \"" + pool + "\", \"name\": \"Fay\", \"email\": \"fay@" + tag + ".example\", "
                        + "\"submittedAt\": \"2025-03-02T10:00:00Z\", \"attributes\": {\"plan\": \"pro\"}}",
                "not json at all",
                "{\"poolId\": \"" + pool + "\", \"name\": \"Gus\", \"email\": \"gus@" + tag + ".example\", "
                        + "\"submittedAt\": \"2999-01-01T00:00:00Z\"}");

        JsonNode first = importAndWait("LEADS", file);
        JsonNode again = importAndWait("LEADS", file);

        assertThat(first.at("/state").asString()).as(first.toString()).isEqualTo("DONE");
        assertThat(first.at("/counts/created").asInt()).isEqualTo(2);
        assertThat(first.at("/rowErrors/0/line").asInt()).isEqualTo(3);
        assertThat(first.at("/rowErrors/0/code").asString()).isEqualTo("INVALID_FORMAT");
        assertThat(first.at("/rowErrors/1/line").asInt()).isEqualTo(4);
        assertThat(first.at("/rowErrors/1/field").asString()).isEqualTo("submittedAt");
        assertThat(again.at("/counts/created").asInt()).isZero();
        assertThat(again.at("/counts/unchanged").asInt()).isEqualTo(2);
    }

    @Test
    void an_empty_file_or_an_unknown_kind_is_refused_with_its_field() {
        JsonNode empty = start("ACCOUNTS", "  \n\n");

        assertThat(empty.at("/operation").isNull()).isTrue();
        assertThat(empty.at("/errors/0/code").asString()).isEqualTo("REQUIRED");
        assertThat(empty.at("/errors/0/field").asString()).isEqualTo("content");
    }
}
