package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A rep's details changed in part, and a rep who leaves deactivated: passed over by routing, kept on record. */
class RepEditsApiTest extends ApiTest {

    private static final String UPDATE = """
            mutation($input: UpdateRepInput!) { updateRep(input: $input) { rep { name email timeZone active } errors { code field } } }""";
    private static final String DEACTIVATE = """
            mutation($input: DeactivateRepInput!) { deactivateRep(input: $input) { rep { name active } errors { code field } } }""";

    @Test
    void an_update_naming_only_the_time_zone_keeps_the_name_and_email() {
        String ana = workspace.rep("Ana");
        String email = graphQl.execute("query($id: ID!) { rep(id: $id) { email } }", Map.of("id", ana))
                .at("/data/rep/email")
                .asString();

        JsonNode moved = graphQl.execute(UPDATE, Map.of("input", Map.of("repId", ana, "timeZone", "America/New_York")))
                .at("/data/updateRep");

        assertThat(moved.at("/errors").size()).as(moved.toString()).isZero();
        assertThat(moved.at("/rep/timeZone").asString()).isEqualTo("America/New_York");
        assertThat(moved.at("/rep/name").asString()).isEqualTo("Ana");
        assertThat(moved.at("/rep/email").asString()).isEqualTo(email);
        assertThat(moved.at("/rep/active").asBoolean()).isTrue();
    }

    @Test
    void another_reps_email_a_cleared_name_and_an_unknown_rep_are_typed_errors() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        String bensEmail = graphQl.execute("query($id: ID!) { rep(id: $id) { email } }", Map.of("id", ben))
                .at("/data/rep/email")
                .asString();
        Map<String, Object> unnamed = new HashMap<>();
        unnamed.put("repId", ana);
        unnamed.put("name", null);

        JsonNode taken = graphQl.execute(UPDATE, Map.of("input", Map.of("repId", ana, "email", bensEmail)))
                .at("/data/updateRep");
        JsonNode cleared = graphQl.execute(UPDATE, Map.of("input", unnamed)).at("/data/updateRep");
        JsonNode ghost = graphQl.execute(UPDATE, Map.of("input", Map.of("repId", "ghost", "name", "G")))
                .at("/data/updateRep");
        JsonNode badEmail = graphQl.execute(
                        UPDATE, Map.of("input", Map.of("repId", ana, "email", "not an email " + UUID.randomUUID())))
                .at("/data/updateRep");

        assertThat(taken.at("/errors/0/code").asString() + " "
                        + taken.at("/errors/0/field").asString())
                .isEqualTo("DUPLICATE email");
        assertThat(cleared.at("/errors/0/code").asString() + " "
                        + cleared.at("/errors/0/field").asString())
                .isEqualTo("REQUIRED name");
        assertThat(ghost.at("/errors/0/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(badEmail.at("/errors/0/field").asString()).isEqualTo("email");
    }

    @Test
    void a_deactivated_rep_is_passed_over_and_stays_listed() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        String pool = workspace.pool("Inbound", List.of(ana, ben));

        JsonNode gone = graphQl.execute(DEACTIVATE, Map.of("input", Map.of("repId", ana)))
                .at("/data/deactivateRep");
        JsonNode again = graphQl.execute(DEACTIVATE, Map.of("input", Map.of("repId", ana)))
                .at("/data/deactivateRep");

        assertThat(gone.at("/rep/active").asBoolean()).isFalse();
        assertThat(again.at("/errors").size())
                .as("deactivating twice is no error")
                .isZero();
        assertThat(workspace.submitAndGetRep(pool, 1)).isEqualTo("Ben");
        assertThat(workspace.submitAndGetRep(pool, 2)).isEqualTo("Ben");
        assertThat(graphQl.execute("query($id: ID!) { rep(id: $id) { name } }", Map.of("id", ana))
                        .at("/data/rep/name")
                        .asString())
                .isEqualTo("Ana");
    }
}
