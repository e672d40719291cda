package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A pool member may carry a filter, a condition as router rules have: it takes only the leads that match, and is
 * passed over (FILTERED_OUT, naming the failed condition) for the others, while the pool's turns and equal shares
 * go on counting the whole pool, through the endpoint.
 */
class MemberFiltersApiTest extends ApiTest {

    private static final String SUBMIT = """
            mutation($input: SubmitLeadInput!) { submitLead(input: $input) {
              assignment { turn rep { name } explanation { reason
                candidates { rep { name } chosen skipped skip { code values { name value } words } }
                shares { rep { name } count share target away rejoined } } }
              errors { code field message } } }""";

    private static final String CREATE = """
            mutation($input: CreatePoolInput!) { createPool(input: $input) {
              pool { id members { rep { name } filter { ... on FieldCondition { field attribute operator values } } } }
              errors { code field message } } }""";

    private static final Map<String, Object> ONLY_BELGIUM =
            Map.of("field", "COUNTRY", "operator", "EQUALS", "values", List.of("BE"));

    private static final Map<String, Object> ONLY_GERMAN =
            Map.of("field", "ATTRIBUTE", "attribute", "language", "operator", "EQUALS", "values", List.of("German"));

    private JsonNode submit(String pool, int n, Map<String, Object> changes) {
        JsonNode payload = graphQl.execute(SUBMIT, Map.of("input", Workspace.lead(pool, n, changes)))
                .at("/data/submitLead");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/assignment");
    }

    private static Map<String, Object> member(String rep, Map<String, Object> filter) {
        Map<String, Object> member = new HashMap<>();
        member.put("repId", rep);
        if (filter != null) {
            member.put("filter", filter);
        }
        return member;
    }

    private JsonNode create(Map<String, Object> input) {
        return graphQl.execute(CREATE, Map.of("input", input)).at("/data/createPool");
    }

    private static Map<String, Object> german(boolean german) {
        return Map.of("attributes", List.of(Map.of("key", "language", "value", german ? "German" : "French")));
    }

    @Test
    void a_member_filtered_to_belgium_takes_only_belgian_leads_and_is_passed_over_in_its_turn_for_the_others() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        String cyd = workspace.rep("Cyd");
        JsonNode created = create(Map.of(
                "name",
                "Benelux",
                "members",
                List.of(member(ana, ONLY_BELGIUM), member(ben, null), member(cyd, null))));
        assertThat(created.at("/errors").size()).as(created.toString()).isZero();
        assertThat(created.at("/pool/members/0/filter/field").asString()).isEqualTo("COUNTRY");
        assertThat(created.at("/pool/members/0/filter/values/0").asString()).isEqualTo("BE");
        assertThat(created.at("/pool/members/1/filter").isNull()).isTrue();
        String pool = created.at("/pool/id").asString();

        JsonNode french = submit(pool, 0, Map.of("country", "France"));
        JsonNode belgian = submit(pool, 1, Map.of("country", "Belgium"));
        JsonNode german = submit(pool, 2, Map.of("country", "DE"));
        JsonNode belgianAgain = submit(pool, 3, Map.of("country", "BE"));

        assertThat(french.at("/turn").asInt()).isZero();
        assertThat(french.at("/rep/name").asString())
                .as("Ana's turn, but the lead is not Belgian")
                .isEqualTo("Ben");
        JsonNode skipped = french.at("/explanation/candidates/0");
        assertThat(skipped.at("/rep/name").asString()).isEqualTo("Ana");
        assertThat(skipped.at("/skipped").asString()).isEqualTo("FILTERED_OUT");
        assertThat(skipped.at("/skip/words").asString())
                .isEqualTo("filtered out: takes only leads whose country equals BE");
        assertThat(values(skipped.at("/skip/values")))
                .containsEntry("field", "COUNTRY")
                .containsEntry("operator", "EQUALS")
                .containsEntry("values", "BE");
        assertThat(french.at("/explanation/reason").asString()).contains("after passing over 1 member");
        assertThat(belgian.at("/rep/name").asString())
                .as("turns go on over the whole pool: turn 1 is Ben's")
                .isEqualTo("Ben");
        assertThat(german.at("/rep/name").asString()).isEqualTo("Cyd");
        assertThat(belgianAgain.at("/rep/name").asString()).isEqualTo("Ana");
    }

    @Test
    void equal_distribution_counts_the_whole_pool_and_a_filtered_member_is_neither_away_nor_credited() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        String cyd = workspace.rep("Cyd");
        JsonNode created = create(Map.of(
                "name",
                "Languages",
                "strategy",
                "EQUAL_DISTRIBUTION",
                "equalDistribution",
                Map.of("window", "MONTH", "rejoin", "FAIR_START"),
                "members",
                List.of(member(ana, ONLY_GERMAN), member(ben, null), member(cyd, null))));
        assertThat(created.at("/errors").size()).as(created.toString()).isZero();
        String pool = created.at("/pool/id").asString();

        List<String> reps = new ArrayList<>();
        for (int n = 0; n < 4; n++) {
            reps.add(submit(pool, n, german(false)).at("/rep/name").asString());
        }
        JsonNode first = submit(pool, 4, german(true));
        JsonNode second = submit(pool, 5, german(true));
        JsonNode third = submit(pool, 6, german(true));

        assertThat(reps).containsExactlyInAnyOrder("Ben", "Ben", "Cyd", "Cyd");
        assertThat(first.at("/rep/name").asString()).isEqualTo("Ana");
        JsonNode anaShare = first.at("/explanation/shares/0");
        assertThat(anaShare.at("/rep/name").asString()).isEqualTo("Ana");
        assertThat(anaShare.at("/count").asInt()).isZero();
        assertThat(anaShare.at("/away").asBoolean()).isFalse();
        assertThat(anaShare.at("/rejoined").isNull())
                .as("filtered out is not away: no fair-start credit")
                .isTrue();
        assertThat(first.at("/explanation/shares/1/target").asDouble())
                .as("4 leads over the whole pool of 3")
                .isEqualTo(1.3);
        assertThat(second.at("/rep/name").asString()).isEqualTo("Ana");
        assertThat(third.at("/rep/name").asString())
                .as("a German lead goes to whoever has the lowest share: Ana is level at 2")
                .isIn("Ana", "Ben", "Cyd");
        JsonNode french = submit(pool, 7, german(false));
        assertThat(french.at("/rep/name").asString()).isIn("Ben", "Cyd");
    }

    @Test
    void a_filter_that_does_not_fit_its_field_is_refused_naming_the_member() {
        String ana = workspace.rep("Ana");
        JsonNode created = create(Map.of(
                "name",
                "Bad",
                "members",
                List.of(member(ana, Map.of("field", "EMPLOYEES", "operator", "CONTAINS", "values", List.of("ten"))))));

        assertThat(created.at("/pool").isNull()).isTrue();
        assertThat(created.at("/errors/0/code").asString()).isEqualTo("INVALID_FORMAT");
        assertThat(created.at("/errors/0/field").asString()).isEqualTo("members[0].filter.operator");
    }

    @Test
    void update_pool_replaces_members_whole_so_a_member_given_without_its_filter_takes_every_lead() {
        String ana = workspace.rep("Ana");
        JsonNode created = create(Map.of("name", "Solo", "members", List.of(member(ana, ONLY_BELGIUM))));
        String pool = created.at("/pool/id").asString();
        assertThat(submit(pool, 0, Map.of("country", "FR")).at("/rep").isNull()).isTrue();

        JsonNode updated = graphQl.execute(
                        """
                mutation($input: UpdatePoolInput!) { updatePool(input: $input) {
                  pool { members { filter { ... on FieldCondition { field } } } } errors { code field message } } }""",
                        Map.of("input", Map.of("poolId", pool, "name", "Solo", "members", List.of(member(ana, null)))))
                .at("/data/updatePool");

        assertThat(updated.at("/errors").size()).as(updated.toString()).isZero();
        assertThat(updated.at("/pool/members/0/filter").isNull()).isTrue();
        assertThat(submit(pool, 1, Map.of("country", "FR")).at("/rep/name").asString())
                .isEqualTo("Ana");
    }

    @Test
    void a_new_weight_keeps_the_members_filter() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        String pool = create(
                        Map.of("name", "Weighted", "members", List.of(member(ana, ONLY_BELGIUM), member(ben, null))))
                .at("/pool/id")
                .asString();

        JsonNode weighed = graphQl.execute("""
                mutation($input: SetMemberWeightInput!) { setMemberWeight(input: $input) {
                  pool { members { weight filter { ... on FieldCondition { field values } } } } errors { code field } } }""", Map.of("input", Map.of("poolId", pool, "repId", ana, "weight", 3)))
                .at("/data/setMemberWeight");

        assertThat(weighed.at("/errors").size()).as(weighed.toString()).isZero();
        assertThat(weighed.at("/pool/members/0/weight").asInt()).isEqualTo(3);
        assertThat(weighed.at("/pool/members/0/filter/values/0").asString()).isEqualTo("BE");
    }

    private static Map<String, String> values(JsonNode values) {
        Map<String, String> byName = new HashMap<>();
        values.forEach(value ->
                byName.put(value.at("/name").asString(), value.at("/value").asString()));
        return byName;
    }

    @Test
    void a_nested_filter_reads_back_whole_as_flat_nodes_each_with_its_place_in_the_tree() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        Map<String, Object> nested = Map.of(
                "all",
                List.of(
                        ONLY_BELGIUM,
                        Map.of(
                                "any",
                                List.of(
                                        Map.of(
                                                "field",
                                                "EMPLOYEES",
                                                "operator",
                                                "GREATER_THAN",
                                                "values",
                                                List.of("50")),
                                        ONLY_GERMAN))));
        String pool = create(Map.of("name", "Nested", "members", List.of(member(ana, nested), member(ben, null))))
                .at("/pool/id")
                .asString();

        JsonNode members = graphQl.execute(
                        "query($id: ID!) { pool(id: $id) { members { filterNodes { path join field attribute operator values } } } }",
                        Map.of("id", pool))
                .at("/data/pool/members");

        List<String> nodes = new ArrayList<>();
        members.at("/0/filterNodes")
                .forEach(n -> nodes.add(n.at("/path").asString() + " "
                        + (n.at("/join").isNull()
                                ? n.at("/field").asString() + " "
                                        + n.at("/values/0").asString()
                                : n.at("/join").asString())));
        assertThat(nodes)
                .containsExactly(
                        " ALL",
                        "all[0] COUNTRY BE",
                        "all[1] ANY",
                        "all[1].any[0] EMPLOYEES 50",
                        "all[1].any[1] ATTRIBUTE German");
        assertThat(members.at("/1/filterNodes").isNull()).isTrue();
    }
}
