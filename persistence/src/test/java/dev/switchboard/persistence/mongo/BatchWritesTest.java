package dev.switchboard.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.model.Account;
import dev.switchboard.domain.model.AccountId;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A bulk import's batch stored in one command per kind of write, on the embedded server: a row a unique index
 * refuses (a domain or an email another holds) is named and stored nowhere, and keeps none of the others out.
 */
class BatchWritesTest {

    private final EmbeddedDatabase database = EmbeddedDatabase.start("batches");
    private final MongoAccounts accounts = new MongoAccounts(database.template(), Duration.ZERO);
    private final MongoReps reps = new MongoReps(database.template());
    private static final RepId ANA = new RepId("rep-ana");

    @AfterEach
    void stop() {
        database.close();
    }

    private static Account account(String id, String name, String... domains) {
        return new Account(new AccountId(id), name, List.of(domains), ANA);
    }

    private static Rep rep(String id, String name, String email) {
        return new Rep(new RepId(id), name, new EmailAddress(email), ZoneId.of("Europe/Paris"), true, null);
    }

    @Test
    void an_account_whose_domain_another_holds_is_refused_and_the_rest_of_its_batch_lands() {
        accounts.add(account("held", "Held", "held.example"));
        accounts.add(account("edited", "Edited", "edited.example"));
        accounts.add(account("clashing", "Clashing", "clashing.example"));

        var refused = accounts.storeAll(
                List.of(
                        account("a", "A", "a.example"),
                        account("b", "B", "b.example", "held.example"),
                        account("c", "C", "c.example")),
                List.of(
                        account("edited", "Edited Again", "edited.example", "more.example"),
                        account("clashing", "Clashing", "clashing.example", "a.example")));

        assertThat(refused).containsExactlyInAnyOrder(new AccountId("b"), new AccountId("clashing"));
        assertThat(accounts.byId(new AccountId("a"))).isPresent();
        assertThat(accounts.byId(new AccountId("b"))).isEmpty();
        assertThat(accounts.byId(new AccountId("c"))).isPresent();
        assertThat(accounts.byId(new AccountId("edited")).orElseThrow().domains())
                .containsExactly("edited.example", "more.example");
        assertThat(accounts.byId(new AccountId("clashing")).orElseThrow().domains())
                .containsExactly("clashing.example");
        assertThat(accounts.versions(List.of(new AccountId("edited")))).containsEntry(new AccountId("edited"), 1);
    }

    @Test
    void a_rep_whose_email_another_has_is_refused_and_the_rest_of_its_batch_lands() {
        reps.add(rep("bea", "Bea", "bea@sales.example"));

        var refused = reps.storeAll(
                List.of(rep("cy", "Cy", "cy@sales.example"), rep("bea-again", "Bea", "bea@sales.example")),
                List.of(rep("bea", "Bea Martin", "bea@sales.example")));

        assertThat(refused).containsExactly(new RepId("bea-again"));
        assertThat(reps.byId(new RepId("cy"))).isPresent();
        assertThat(reps.byId(new RepId("bea-again"))).isEmpty();
        assertThat(reps.byId(new RepId("bea")).orElseThrow().name()).isEqualTo("Bea Martin");
    }
}
