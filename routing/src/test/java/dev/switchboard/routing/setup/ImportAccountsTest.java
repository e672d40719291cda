package dev.switchboard.routing.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.switchboard.domain.fixture.InMemoryAccounts;
import dev.switchboard.domain.fixture.InMemoryReps;
import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Rep;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportAccountsTest {

    private final InMemoryReps reps = new InMemoryReps();
    private final InMemoryAccounts accounts = new InMemoryAccounts();
    private final ImportAccounts importAccounts = new ImportAccounts(accounts, reps);
    private Rep ana;

    @BeforeEach
    void givenAna() {
        ana = new CreateRep(reps)
                .create(new CreateRepCommand("Ana", new EmailAddress("ana@sales.example"), ZoneId.of("UTC")));
    }

    private static String lines(String... lines) {
        return String.join("\r\n", lines);
    }

    @Test
    void quoted_fields_keep_their_commas_and_doubled_quotes_and_lines_count_as_a_person_sees_them() {
        ImportAccounts.Imported imported = importAccounts.importCsv(lines(
                "name,domains,owner,industry",
                "Twoline,twoline.example,ana@sales.example,\"Rockets",
                "and anvils\"",
                "Broken,,ana@sales.example,",
                "\"Acme, \"\"the\"\" Inc.\",acme.example,ana@sales.example,Rockets"));

        assertThat(imported.created()).isOne();
        assertThat(accounts.all()).singleElement().extracting(Account::name).isEqualTo("Acme, \"the\" Inc.");
        assertThat(imported.rejected())
                .extracting(ImportAccounts.RowRejected::line, r -> r.reason().field())
                .containsExactly(tuple(2, "industry"), tuple(4, "domains"));
    }

    @Test
    void each_bad_row_is_refused_on_its_column_while_the_good_rows_land() {
        ImportAccounts.Imported imported = importAccounts.importCsv(lines(
                "Name,Domains,Owner,Employees",
                "Acme,acme.example;acme.io,ana@sales.example,250",
                "Nobody,nobody.example,ghost@sales.example,",
                "Bigco,bigco.example,ANA@sales.example,many",
                "Initech,initech.example,ana@sales.example,"));

        assertThat(imported.created()).isEqualTo(2);
        assertThat(imported.rejected())
                .extracting(
                        ImportAccounts.RowRejected::line,
                        r -> r.reason().code(),
                        r -> r.reason().field())
                .containsExactly(
                        tuple(3, ErrorCode.NOT_FOUND, "owner"), tuple(4, ErrorCode.INVALID_FORMAT, "employees"));
        assertThat(accounts.all()).extracting(Account::name).containsExactlyInAnyOrder("Acme", "Initech");
    }

    @Test
    void importing_the_same_file_twice_changes_nothing_and_an_edited_row_updates_the_account_holding_its_domain() {
        String file = lines("name,domains,owner", "Acme,acme.example,ana@sales.example");
        importAccounts.importCsv(file);

        ImportAccounts.Imported again = importAccounts.importCsv(file);
        ImportAccounts.Imported renamed =
                importAccounts.importCsv(lines("name,domains,owner", "Acme Corp,acme.example,ana@sales.example"));

        assertThat(again.unchanged()).isOne();
        assertThat(again.created()).isZero();
        assertThat(renamed.updated()).isOne();
        assertThat(accounts.all()).singleElement().extracting(Account::name).isEqualTo("Acme Corp");
    }

    @Test
    void a_file_that_leaves_out_a_column_or_a_cell_keeps_what_the_account_has() {
        importAccounts.importCsv(lines(
                "name,domains,owner,industry,employees,country", "Acme,acme.example,ana@sales.example,Retail,250,FR"));

        ImportAccounts.Imported renamed = importAccounts.importCsv(
                lines("name,domains,owner,industry", "Acme Corp,acme.example,ana@sales.example,"));

        assertThat(renamed.updated()).isOne();
        assertThat(accounts.all()).singleElement().satisfies(account -> {
            assertThat(account.name()).isEqualTo("Acme Corp");
            assertThat(account.industry()).isEqualTo("Retail");
            assertThat(account.employees()).isEqualTo(250);
            assertThat(account.country()).isEqualTo("FR");
        });
    }

    @Test
    void a_domain_repeated_by_a_later_row_is_a_duplicate_of_that_line() {
        ImportAccounts.Imported imported = importAccounts.importCsv(lines(
                "name,domains,owner", "Acme,acme.example,ana@sales.example", "Acme 2,acme.example,ana@sales.example"));

        assertThat(imported.rejected()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(3);
            assertThat(row.reason().code()).isEqualTo(ErrorCode.DUPLICATE);
            assertThat(row.reason().getMessage()).contains("line 2");
        });
    }

    @Test
    void a_file_without_a_required_column_or_with_an_open_quote_imports_nothing() {
        assertThatThrownBy(() -> importAccounts.importCsv(lines("name,domains", "Acme,acme.example")))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("csv"));
        assertThatThrownBy(() ->
                        importAccounts.importCsv(lines("name,domains,owner", "\"Acme,acme.example,ana@sales.example")))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.getMessage()).contains("line 2"));
        assertThat(accounts.all()).isEmpty();
    }
}
