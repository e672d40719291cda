package dev.switchboard.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.access.Caller;
import dev.switchboard.access.Scope;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.RepId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whose a key is comes from who signed in: every caller its own scope, a form's widget keys one between them. */
class IdempotencyScopesTest {

    @Test
    void each_caller_holds_its_keys_in_its_own_scope_and_a_forms_widget_keys_share_the_forms() {
        List<Caller> callers = List.of(
                new Caller.Integration("key-1", "site", Set.of(Scope.LEADS_WRITE)),
                new Caller.Integration("key-2", "crm", Set.of(Scope.LEADS_WRITE)),
                new Caller.Widget("wk_a", new FormId("form-a")),
                new Caller.Widget("wk_b", new FormId("form-b")),
                new Caller.Admin("user-1", "ada@switchboard.test"),
                new Caller.Admin("user-2", "bob@switchboard.test"),
                new Caller.Rep("user-3", "rep@sales.example", new RepId("rep-1")));

        assertThat(callers.stream()
                        .map(c -> IdempotencyScopes.keyOf(c, "same text"))
                        .distinct())
                .hasSize(callers.size());
        assertThat(IdempotencyScopes.keyOf(new Caller.Widget("wk_a2", new FormId("form-a")), "k"))
                .isEqualTo(IdempotencyScopes.keyOf(new Caller.Widget("wk_a", new FormId("form-a")), "k"));
        assertThat(IdempotencyScopes.keyOf(callers.get(0), "  "))
                .as("a blank key is no key")
                .isNull();
    }
}
