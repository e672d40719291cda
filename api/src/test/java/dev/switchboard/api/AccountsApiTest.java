package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Accounts through the real endpoint: owners, firmographics that fill leads' blanks, updates and deletes. */
class AccountsApiTest extends ApiTest {

    private static final String ACCOUNT_FIELDS = """
            account { id name domains industry employees annualRevenue country owner { name } } errors { code field message }""";

    String ana;
    String ben;
    String cy;
    String form;
    String acme;

    @BeforeEach
    void givenARouterSendingSoftwareCompaniesToAnaAndAccountsToTheirOwners() {
        ana = workspace.rep("Ana");
        ben = workspace.rep("Ben");
        cy = workspace.rep("Cy");
        acme = UUID.randomUUID() + ".example";
        Map<String, Object> router = Map.of(
                "name",
                "Inbound",
                "rules",
                List.of(
                        Map.of(
                                "name",
                                "Software",
                                "condition",
                                Map.of("field", "INDUSTRY", "operator", "EQUALS", "values", List.of("Software")),
                                "action",
                                Map.of("type", "ROUTE_TO_REP", "repId", ana)),
                        Map.of(
                                "name",
                                "Accounts",
                                "action",
                                Map.of(
                                        "type",
                                        "ROUTE_TO_ACCOUNT_OWNER",
                                        "fallback",
                                        Map.of("type", "ROUTE_TO_REP", "repId", ben)))),
                "fallback",
                Map.of("type", "ROUTE_TO_REP", "repId", ben));
        String routerId = graphQl.execute(
                        "mutation($input: CreateRouterInput!) { createRouter(input: $input) { router { id } } }",
                        Map.of("input", router))
                .at("/data/createRouter/router/id")
                .asString();
        graphQl.execute(
                "mutation($input: PublishRouterInput!) { publishRouter(input: $input) { errors { code } } }",
                Map.of("input", Map.of("routerId", routerId, "version", 1)));
        form = graphQl.execute(
                        "mutation($input: CreateFormInput!) { createForm(input: $input) { form { id } } }",
                        Map.of("input", Map.of("name", "Contact sales", "routerId", routerId)))
                .at("/data/createForm/form/id")
                .asString();
    }

    private Map<String, Object> account(String name, String domain, String owner, String industry) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("name", name);
        account.put("domains", List.of(domain));
        account.put("ownerId", owner);
        if (industry != null) {
            account.put("industry", industry);
            account.put("employees", 250);
            account.put("annualRevenue", "40000000.50");
            account.put("country", "FR");
        }
        return account;
    }

    private JsonNode create(Map<String, Object> account) {
        return graphQl.execute(
                        "mutation($input: CreateAccountInput!) { createAccount(input: $input) { " + ACCOUNT_FIELDS
                                + " } }",
                        Map.of("input", account))
                .at("/data/createAccount");
    }

    private JsonNode update(String id, Map<String, Object> account) {
        return graphQl.execute(
                        "mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { " + ACCOUNT_FIELDS
                                + " } }",
                        Map.of("input", Map.of("accountId", id, "account", account)))
                .at("/data/updateAccount");
    }

    private JsonNode submit(String email) {
        return workspace
                .submit(Map.of("formId", form, "name", "Jo", "email", email))
                .at("/data/submitLead");
    }

    @Test
    void a_lead_with_blank_firmographics_is_routed_on_its_accounts_data_and_the_stored_lead_keeps_what_was_submitted() {
        JsonNode created = create(account("Acme", acme, cy, "Software"));

        JsonNode submitted = submit("jo@eu." + acme);

        assertThat(created.at("/account/annualRevenue").asString()).isEqualTo("40000000.50");
        assertThat(created.at("/account/owner/name").asString()).isEqualTo("Cy");
        assertThat(submitted.at("/assignment/rep/name").asString()).isEqualTo("Ana");
        JsonNode lead = graphQl.execute(
                        "query($id: ID!) { lead(id: $id) { industry employees assignment { explanation {"
                                + " rule misses { rule failed } enrichment { field value source } } } } }",
                        Map.of("id", submitted.at("/lead/id").asString()))
                .at("/data/lead");
        assertThat(lead.at("/industry").isNull()).isTrue();
        assertThat(lead.at("/employees").isNull()).isTrue();
        assertThat(lead.at("/assignment/explanation/rule").asString()).isEqualTo("Software");
        assertThat(lead.at("/assignment/explanation/misses").size())
                .as("the first rule matched")
                .isZero();
        assertThat(lead.at("/assignment/explanation/enrichment/1/field").asString())
                .isEqualTo("industry");
        assertThat(lead.at("/assignment/explanation/enrichment/1/value").asString())
                .isEqualTo("Software");
        assertThat(lead.at("/assignment/explanation/enrichment/1/source").asString())
                .isEqualTo("account Acme");
    }

    @Test
    void an_updated_account_routes_its_next_leads_to_the_new_owner_and_a_deleted_one_to_the_fallback() {
        String id = create(account("Acme", acme, cy, null)).at("/account/id").asString();
        assertThat(submit("jo@" + acme).at("/assignment/rep/name").asString()).isEqualTo("Cy");

        JsonNode updated = update(id, account("Acme Corp", acme, ana, null));
        String second =
                submit("kim@" + acme).at("/assignment/explanation/reason").asString();
        JsonNode deleted = graphQl.execute(
                        "mutation($input: DeleteAccountInput!) { deleteAccount(input: $input) { " + ACCOUNT_FIELDS
                                + " } }",
                        Map.of("input", Map.of("accountId", id)))
                .at("/data/deleteAccount");
        String third = submit("lee@" + acme).at("/assignment/rep/name").asString();

        assertThat(updated.at("/account/name").asString()).isEqualTo("Acme Corp");
        assertThat(second).isEqualTo("rule \"Accounts\": account Acme Corp is owned by Ana");
        assertThat(deleted.at("/account/name").asString()).isEqualTo("Acme Corp");
        assertThat(third).isEqualTo("Ben");
        assertThat(graphQl
                        .execute("{ accounts(first: 100) { nodes { id } } }")
                        .at("/data/accounts/nodes")
                        .findValues("id")
                        .stream()
                        .map(JsonNode::asString))
                .doesNotContain(id);
    }

    @Test
    void bad_input_is_a_typed_error_naming_the_field_and_changes_nothing() {
        String globex = UUID.randomUUID() + ".example";
        String id = create(account("Acme", acme, cy, null)).at("/account/id").asString();
        create(account("Globex", globex, cy, null));

        JsonNode taken = update(id, account("Acme", globex, cy, null)).at("/errors/0");
        JsonNode ghostOwner = update(id, account("Acme", acme, "ghost", null)).at("/errors/0");
        Map<String, Object> negative = account("Acme", acme, cy, "Software");
        negative.put("employees", -1);
        JsonNode badSize = update(id, negative).at("/errors/0");
        JsonNode unknown =
                update("no-such-account", account("Acme", acme, cy, null)).at("/errors/0");
        JsonNode badDomain = create(account("Bad", "not a domain", cy, null)).at("/errors/0");
        JsonNode deleteUnknown = graphQl.execute(
                        "mutation { deleteAccount(input: {accountId: \"nope\"}) { errors { code field } } }")
                .at("/data/deleteAccount/errors/0");

        assertThat(taken.at("/code").asString()).isEqualTo("DUPLICATE");
        assertThat(taken.at("/field").asString()).isEqualTo("domains");
        assertThat(ghostOwner.at("/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(ghostOwner.at("/field").asString()).isEqualTo("ownerId");
        assertThat(badSize.at("/code").asString()).isEqualTo("OUT_OF_RANGE");
        assertThat(badSize.at("/field").asString()).isEqualTo("account.employees");
        assertThat(unknown.at("/field").asString()).isEqualTo("accountId");
        assertThat(badDomain.at("/field").asString()).isEqualTo("domains[0]");
        assertThat(deleteUnknown.at("/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(submit("jo@" + acme).at("/assignment/rep/name").asString())
                .as("the account is unchanged")
                .isEqualTo("Cy");
    }
}
