package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.routing.bulk.RunBulkImports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * How many MongoDB commands the bulk import worker sends for a thousand rows (one batch), counted by the driver's
 * command listener while the worker runs on the spec's own thread (the schedule is off). A batch is stored in a few
 * bulk writes, whatever its size; counts are deterministic, unlike timings, so the figure is held to a bound and
 * written to {@code target/commands-per-import.txt} for docs/benchmarks.md.
 */
@TestPropertySource(properties = {"switchboard.bulk-import.enabled=false", "switchboard.http.max-request-size=25MB"})
@Import(MongoCommands.Counting.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandsPerImportTest extends ApiTest {

    private static final int ROWS = 2_000;

    /**
     * Today's most per thousand rows (7: accounts created or updated), rounded up: a batch's reads (its stored rows,
     * their owners), its writes (inserts and updates, one bulk command each), and the operation's bookkeeping. It was
     * 1,006 when each row was its own write. Lower it when a change saves commands; never raise it without saying why.
     */
    private static final double BOUND_PER_THOUSAND = 8;

    @Autowired
    MongoCommands commands;

    @Autowired
    RunBulkImports worker;

    String tag;
    String ana;

    @BeforeAll
    void givenAnaAndAFreshTag() throws IOException {
        connect();
        tag = UUID.randomUUID().toString().substring(0, 8);
        ana = workspace.rep("Ana " + tag);
        Files.deleteIfExists(Path.of("target", "commands-per-import.txt"));
    }

    @Test
    void a_thousand_new_accounts_cost_a_few_commands_and_the_same_thousand_again_fewer() throws IOException {
        IntFunction<String> account = i ->
                "{\"name\":\"C" + i + "\",\"domain\":\"c" + i + "-" + tag + ".example\",\"owner\":\"" + ana + "\"}";

        double created = perThousand("ACCOUNTS", "accounts created", account, "created");
        double again = perThousand("ACCOUNTS", "accounts unchanged", account, "unchanged");
        double edited = perThousand(
                "ACCOUNTS",
                "accounts updated",
                i -> account.apply(i).replace("\"C" + i + "\"", "\"Renamed " + i + "\""),
                "updated");

        assertThat(created).isLessThanOrEqualTo(BOUND_PER_THOUSAND);
        assertThat(again).isLessThanOrEqualTo(BOUND_PER_THOUSAND);
        assertThat(edited).isLessThanOrEqualTo(BOUND_PER_THOUSAND);
    }

    @Test
    void a_thousand_new_reps_cost_a_few_commands() throws IOException {
        IntFunction<String> rep = i -> "{\"name\":\"Rep " + i + "\",\"email\":\"rep" + i + "-" + tag
                + "@sales.example\",\"timeZone\":\"Europe/Paris\"}";

        assertThat(perThousand("REPS", "reps created", rep, "created")).isLessThanOrEqualTo(BOUND_PER_THOUSAND);
        assertThat(perThousand("REPS", "reps unchanged", rep, "unchanged")).isLessThanOrEqualTo(BOUND_PER_THOUSAND);
    }

    @Test
    void a_thousand_history_leads_cost_a_few_commands() throws IOException {
        String pool = workspace.pool("History " + tag, List.of(ana));
        IntFunction<String> lead = i -> "{\"externalId\":\"crm-" + i + "-" + tag + "\",\"poolId\":\"" + pool
                + "\",\"name\":\"Lead " + i + "\",\"email\":\"lead" + i + "@" + tag
                + ".example\",\"submittedAt\":\"2025-03-01T10:00:00Z\"}";

        assertThat(perThousand("LEADS", "history leads created", lead, "created"))
                .isLessThanOrEqualTo(BOUND_PER_THOUSAND);
        assertThat(perThousand("LEADS", "history leads unchanged", lead, "unchanged"))
                .isLessThanOrEqualTo(BOUND_PER_THOUSAND);
    }

    /** Imports {@link #ROWS} rows made by {@code row}, worked on this thread; the commands it cost per 1,000 rows. */
    private double perThousand(String kind, String what, IntFunction<String> row, String expectedCount)
            throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            lines.add(row.apply(i));
        }
        String id = graphQl.execute(
                        "mutation($input: StartBulkImportInput!) { startBulkImport(input: $input) {"
                                + " operation { id } errors { code field message } } }",
                        Map.of("input", Map.of("kind", kind, "content", String.join("\n", lines))))
                .at("/data/startBulkImport/operation/id")
                .asString();
        Thread spec = Thread.currentThread();
        long started = System.nanoTime();
        Map<String, Long> counted = commands.during(thread -> thread == spec, worker::run);
        long millis = (System.nanoTime() - started) / 1_000_000;

        tools.jackson.databind.JsonNode done = graphQl.execute(
                        "query($id: ID!) { bulkImport(id: $id) { state counts { created updated unchanged failed } } }",
                        Map.of("id", id))
                .at("/data/bulkImport");
        assertThat(done.at("/state").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.at("/counts/" + expectedCount).asInt())
                .as(done.toString())
                .isEqualTo(ROWS);

        double perThousand = MongoCommands.total(counted) * 1_000.0 / ROWS;
        String report = "%s: %.1f commands per 1,000 rows (%d rows in %d ms here, not a benchmark)%n%s%n"
                .formatted(
                        what,
                        perThousand,
                        ROWS,
                        millis,
                        counted.entrySet().stream()
                                .map(e -> "  %-32s %.1f".formatted(e.getKey(), e.getValue() * 1_000.0 / ROWS))
                                .collect(Collectors.joining("\n")));
        System.out.print(report);
        Files.writeString(
                Path.of("target", "commands-per-import.txt"),
                report,
                StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        return perThousand;
    }
}
