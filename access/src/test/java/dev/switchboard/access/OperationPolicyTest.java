package dev.switchboard.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.RepId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The policy denies by default: an operation nobody listed is for admins only. */
class OperationPolicyTest {

    private static final OperationPolicy POLICY = OperationPolicy.SWITCHBOARD;

    @Test
    void an_operation_with_no_line_is_refused_to_all_but_admins() {
        String unlisted = "Mutation.somethingAddedLater";

        assertThat(POLICY.lineFor(unlisted)).isEmpty();
        assertThatThrownBy(() -> POLICY.check(unlisted, new Caller.Anonymous()))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("UNAUTHENTICATED"));
        for (Caller caller : new Caller[] {
            new Caller.Rep("u", "r@x.example", new RepId("r")),
            new Caller.Widget("k", new FormId("f")),
            new Caller.Integration(
                    "k",
                    "all but admin",
                    Set.of(
                            Scope.LEADS_READ,
                            Scope.LEADS_WRITE,
                            Scope.SETUP_READ,
                            Scope.SETUP_WRITE,
                            Scope.METRICS_READ,
                            Scope.WEBHOOKS_WRITE))
        }) {
            assertThatThrownBy(() -> POLICY.check(unlisted, caller))
                    .isInstanceOfSatisfying(
                            Refused.class, r -> assertThat(r.code()).isEqualTo("FORBIDDEN"));
        }
        POLICY.check(unlisted, new Caller.Admin("a", "admin@x.example"));
        POLICY.check(unlisted, new Caller.Integration("k", "admin key", Set.of(Scope.ADMIN)));
    }
}
