package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** importAccounts through the real endpoint and the embedded database: row by row, errors by line, idempotent. */
class AccountImportApiTest extends ApiTest {

    private static final String IMPORT = """
            mutation($input: ImportAccountsInput!) { importAccounts(input: $input) {
              created updated unchanged rowErrors { line code field message } errors { code field message } } }""";

    String ana;
    String tag;

    @BeforeEach
    void givenAnaAndFreshDomains() {
        ana = workspace.rep("Ana");
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode importCsv(String csv) {
        return graphQl.execute(IMPORT, Map.of("input", Map.of("csv", csv))).at("/data/importAccounts");
    }

    private List<String> accountNames() {
        List<String> names = new ArrayList<>();
        graphQl.execute("{ accounts(first: 100) { nodes { name domains } } }", Map.of())
                .at("/data/accounts/nodes")
                .forEach(a -> {
                    if (a.at("/domains/0").asString().endsWith(tag + ".example")) {
                        names.add(a.at("/name").asString());
                    }
                });
        return names;
    }

    @Test
    void the_good_rows_land_and_each_bad_row_is_answered_with_its_line_and_column() {
        String csv = String.join(
                "\n",
                "name,domains,owner,employees,country",
                "\"Acme, Inc.\",acme-" + tag + ".example," + ana + ",250,FR",
                "Ghost,ghost-" + tag + ".example,nobody@sales.example,,",
                "Bigco,bigco-" + tag + ".example," + ana + ",lots,",
                "Initech,initech-" + tag + ".example;initech-eu-" + tag + ".example," + ana + ",,DE");

        JsonNode answer = importCsv(csv);

        assertThat(answer.at("/errors").size()).as(answer.toString()).isZero();
        assertThat(answer.at("/created").asInt()).isEqualTo(2);
        assertThat(answer.at("/rowErrors/0/line").asInt()).isEqualTo(3);
        assertThat(answer.at("/rowErrors/0/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(answer.at("/rowErrors/0/field").asString()).isEqualTo("owner");
        assertThat(answer.at("/rowErrors/1/line").asInt()).isEqualTo(4);
        assertThat(answer.at("/rowErrors/1/field").asString()).isEqualTo("employees");
        assertThat(accountNames()).containsExactlyInAnyOrder("Acme, Inc.", "Initech");
    }

    @Test
    void the_same_file_imported_twice_changes_nothing_and_an_edited_row_updates_its_account() {
        String csv = "name,domains,owner\nAcme,acme-" + tag + ".example," + ana;
        importCsv(csv);

        JsonNode again = importCsv(csv);
        JsonNode edited = importCsv("name,domains,owner\nAcme Corp,acme-" + tag + ".example," + ana);

        assertThat(again.at("/unchanged").asInt()).isOne();
        assertThat(again.at("/created").asInt()).isZero();
        assertThat(edited.at("/updated").asInt()).isOne();
        assertThat(accountNames()).containsExactly("Acme Corp");
    }

    @Test
    void a_file_without_an_owner_column_or_over_the_limit_is_refused_whole_on_csv() {
        JsonNode noOwner = importCsv("name,domains\nAcme,acme-" + tag + ".example");
        JsonNode tooLong = importCsv("name,domains,owner\n" + "x".repeat(500_001));

        assertThat(noOwner.at("/errors/0/code").asString()).isEqualTo("REQUIRED");
        assertThat(noOwner.at("/errors/0/field").asString()).isEqualTo("csv");
        assertThat(tooLong.at("/errors/0/code").asString()).isEqualTo("TOO_LONG");
        assertThat(accountNames()).isEmpty();
    }
}
