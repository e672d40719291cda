package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.api.graphql.GlobalIds;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Forms owned by Switchboard: a definition saved as numbered versions, answers checked by the server against the
 * current version with every fault told at once, fields a known prospect may skip (named, never their values) and
 * filled by the server with where each value came from, and the widget reading its own form only.
 */
class FormsApiTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String FORM_FIELDS = """
            id name version
            definition {
              languages
              fields { key kind required label { language text } help { language text } options { value label { language text } }
                       validation { minLength maxLength min max pattern } fromParam
                       showWhen { field operator values } leadField }
              thankYou { language text }
              disqualified { message { language text } redirectUrl }
              noSlot { mode message { language text } }
              brand { color logoUrl }
            }""";

    private static final String CREATE = "mutation($input: CreateFormInput!) { createForm(input: $input) { form { "
            + FORM_FIELDS + " } errors { code field message } } }";

    private static final String UPDATE = "mutation($input: UpdateFormInput!) { updateForm(input: $input) { form { "
            + FORM_FIELDS + " } errors { code field message } } }";

    private static final String SUBMIT = """
            mutation($input: SubmitLeadInput!) { submitLead(input: $input) {
              lead { id name email company industry employees country source phone formVersion
                     attributes { key value } fieldSources { field source from } }
              assignment { outcome rep { name } explanation { reason enrichment { field value source } misses { rule failed } } }
              errors { code field message } } }""";

    private static final String SHORTENING = """
            query($input: FormShorteningInput!) { formShortening(input: $input) { skipFields errors { code field } } }""";

    @Autowired
    MongoTemplate mongo;

    String routerId;
    String repId;

    @BeforeEach
    void givenARouterToAPool() {
        repId = workspace.rep("Fiona");
        String pool = workspace.pool("Forms", List.of(repId));
        JsonNode router = graphQl.execute(
                        "mutation($input: CreateRouterInput!) { createRouter(input: $input) { router { id } errors { code } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Forms",
                                        "rules",
                                        List.of(),
                                        "fallback",
                                        Map.of("type", "ROUTE_TO_POOL", "poolId", pool))))
                .at("/data/createRouter");
        routerId = router.at("/router/id").asString();
        graphQl.execute(
                "mutation($input: PublishRouterInput!) { publishRouter(input: $input) { errors { code } } }",
                Map.of("input", Map.of("routerId", routerId, "version", 1)));
    }

    static Map<String, Object> contactSales() {
        try (InputStream in = FormsApiTest.class.getResourceAsStream("/forms/contact-sales.json")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> definition = JSON.readValue(in, Map.class);
            return definition;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode create(Map<String, Object> definition) {
        Map<String, Object> input = new LinkedHashMap<>(Map.of("name", "Contact sales", "routerId", routerId));
        if (definition != null) {
            input.put("definition", definition);
        }
        return graphQl.execute(CREATE, Map.of("input", input)).at("/data/createForm");
    }

    private String form() {
        JsonNode created = create(contactSales());
        assertThat(created.at("/errors").size()).as(created.toString()).isZero();
        return created.at("/form/id").asString();
    }

    /** A widget's submission to the form: answers by key, shown long enough ago to pass the bot check. */
    private static Map<String, Object> submission(String formId, Map<String, Object> answers) {
        List<Map<String, Object>> list = new ArrayList<>();
        answers.forEach((field, value) -> list.add(
                value instanceof List<?> values
                        ? Map.of("field", field, "values", values)
                        : Map.of("field", field, "value", value)));
        return Map.of(
                "formId",
                formId,
                "answers",
                list,
                "startedAt",
                TestClock.app().instant().minusSeconds(30).toString());
    }

    private static Map<String, Object> validAnswers(String email) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("email", email);
        answers.put("name", "Jo Prospect");
        answers.put("company", "Initech");
        answers.put("companySize", "11");
        answers.put("industry", "Retail");
        answers.put("country", "France");
        answers.put("interests", List.of("demo"));
        answers.put("phone", "+33 1 23 45 67 89");
        answers.put("consent", "true");
        answers.put("source", "newsletter");
        return answers;
    }

    private static List<String> errors(JsonNode payload) {
        List<String> errors = new ArrayList<>();
        payload.at("/errors")
                .forEach(e -> errors.add(
                        e.at("/code").asString() + " " + e.at("/field").asString()));
        return errors;
    }

    private long leads() {
        return graphQl.execute("{ leads(first: 100) { edges { cursor } } }")
                .at("/data/leads/edges")
                .size();
    }

    @Test
    void a_form_is_created_as_version_1_with_its_definition_and_read_back_as_saved() {
        JsonNode created = create(contactSales());

        JsonNode form = created.at("/form");
        assertThat(errors(created)).isEmpty();
        assertThat(form.at("/version").asInt()).isEqualTo(1);
        assertThat(form.at("/definition/languages").toString()).isEqualTo("[\"en\",\"fr\"]");
        assertThat(form.at("/definition/fields").size()).isEqualTo(12);
        JsonNode size = form.at("/definition/fields/3");
        assertThat(size.at("/key").asString()).isEqualTo("companySize");
        assertThat(size.at("/leadField").asString()).isEqualTo("employees");
        assertThat(size.at("/options/2/value").asString()).isEqualTo("51");
        JsonNode budget = form.at("/definition/fields/7");
        assertThat(budget.at("/showWhen").toString())
                .isEqualTo("{\"field\":\"interests\",\"operator\":\"IN\",\"values\":[\"pricing\"]}");
        assertThat(budget.at("/validation/max").asString()).isEqualTo("1000000");
        assertThat(budget.at("/leadField").isNull()).isTrue();
        assertThat(form.at("/definition/fields/11/fromParam").asString()).isEqualTo("utm_source");
        assertThat(form.at("/definition/noSlot/mode").asString()).isEqualTo("CONTACT_BY_REP");
        assertThat(form.at("/definition/disqualified/redirectUrl").asString()).isEqualTo("https://acme.example/sorry");
        assertThat(form.at("/definition/brand/color").asString()).isEqualTo("#1f6feb");
        JsonNode read = graphQl.execute(
                        "query($id: ID!) { form(id: $id) { " + FORM_FIELDS + " } }",
                        Map.of("id", form.at("/id").asString()))
                .at("/data/form");
        assertThat(read).isEqualTo(form);
    }

    @Test
    void each_update_saves_the_next_version_and_older_versions_stay_readable() {
        String formId = form();
        Map<String, Object> shorter = contactSales();
        @SuppressWarnings("unchecked")
        List<Object> fields = (List<Object>) shorter.get("fields");
        shorter.put("fields", new ArrayList<>(fields.subList(0, 2)));

        JsonNode second = graphQl.execute(
                        UPDATE,
                        Map.of(
                                "input",
                                Map.of(
                                        "formId",
                                        formId,
                                        "name",
                                        "Contact us",
                                        "routerId",
                                        routerId,
                                        "definition",
                                        shorter,
                                        "expectedVersion",
                                        1)))
                .at("/data/updateForm");
        JsonNode renamed = graphQl.execute(
                        UPDATE, Map.of("input", Map.of("formId", formId, "name", "Talk to us", "routerId", routerId)))
                .at("/data/updateForm");
        JsonNode stale = graphQl.execute(
                        UPDATE,
                        Map.of(
                                "input",
                                Map.of(
                                        "formId",
                                        formId,
                                        "name",
                                        "Lost edit",
                                        "routerId",
                                        routerId,
                                        "expectedVersion",
                                        2)))
                .at("/data/updateForm");
        JsonNode history = graphQl.execute("""
                query($id: ID!) { form(id: $id) { version versions { version name savedAt definition { fields { key } } }
                                   router { id } }
                                 formVersion(formId: $id, version: 1) { version name definition { fields { key } } } }""", Map.of("id", formId)).at("/data");

        assertThat(second.at("/form/version").asInt()).isEqualTo(2);
        assertThat(second.at("/form/definition/fields").size()).isEqualTo(2);
        assertThat(renamed.at("/form/version").asInt()).isEqualTo(3);
        assertThat(renamed.at("/form/definition/fields").size())
                .as("an update without a definition keeps the current one")
                .isEqualTo(2);
        assertThat(errors(stale)).containsExactly("STALE expectedVersion");
        assertThat(history.at("/form/version").asInt()).isEqualTo(3);
        assertThat(history.at("/form/versions").findValuesAsString("name"))
                .containsExactly("Talk to us", "Contact us", "Contact sales");
        assertThat(history.at("/form/versions/2/savedAt").asString()).isNotBlank();
        assertThat(history.at("/formVersion/name").asString()).isEqualTo("Contact sales");
        assertThat(history.at("/formVersion/definition/fields").size()).isEqualTo(12);
    }

    @Test
    void a_definition_is_refused_with_every_fault_of_its_parts_then_every_fault_of_the_whole() {
        Map<String, Object> bad = contactSales();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fields = new ArrayList<>((List<Map<String, Object>>) bad.get("fields"));
        fields.remove(0); // no email field any more
        Map<String, Object> early = new LinkedHashMap<>(fields.get(0));
        early.put("showWhen", Map.of("field", "budget", "operator", "NOT_EMPTY")); // budget comes later
        fields.set(0, early);
        fields.add(Map.of("key", "phone", "kind", "PHONE", "label", List.of(Map.of("language", "de", "text", "Tel"))));
        bad.put("fields", fields);
        Map<String, Object> malformed = new LinkedHashMap<>(bad);
        List<Map<String, Object>> malformedFields = new ArrayList<>(fields);
        Map<String, Object> size = new LinkedHashMap<>(fields.get(2));
        size.put("kind", "TEXT"); // companySize fills employees: a number
        size.remove("options");
        malformedFields.set(2, size);
        Map<String, Object> vat = new LinkedHashMap<>(fields.get(7));
        vat.put("validation", Map.of("pattern", "(?<=x)y"));
        malformedFields.set(7, vat);
        malformed.put("fields", malformedFields);
        malformed.put("brand", Map.of("color", "blue"));

        int before = graphQl.execute("{ forms(first: 100) { nodes { id } } }")
                .at("/data/forms/nodes")
                .size();

        JsonNode parts = create(malformed);
        JsonNode whole = create(bad);

        assertThat(parts.at("/form").isNull()).isTrue();
        assertThat(errors(parts))
                .containsExactlyInAnyOrder(
                        "INVALID_FORMAT definition.fields[2].kind",
                        "INVALID_FORMAT definition.fields[7].validation.pattern",
                        "INVALID_FORMAT definition.brand.color");
        assertThat(whole.at("/form").isNull()).isTrue();
        assertThat(errors(whole))
                .containsExactlyInAnyOrder(
                        "INVALID_FORMAT definition.fields[0].showWhen.field",
                        "DUPLICATE definition.fields[11].key",
                        "REQUIRED definition.fields[11].label",
                        "INVALID_FORMAT definition.fields[11].label[0].language",
                        "REQUIRED definition.fields",
                        "REQUIRED definition.fields");
        assertThat(whole.at("/errors").findValuesAsString("message"))
                .contains(
                        "a form with fields asks for email (kind EMAIL, required, always shown)",
                        "a form with fields asks for name (kind TEXT, required, always shown)");
        assertThat(graphQl.execute("{ forms(first: 100) { nodes { id } } }")
                        .at("/data/forms/nodes")
                        .size())
                .isEqualTo(before);
    }

    @Test
    void a_valid_submission_is_stored_with_its_form_version_attributes_and_sources() {
        String formId = form();

        JsonNode submitted = graphQl.execute(
                        SUBMIT, Map.of("input", submission(formId, validAnswers("jo@initech.example"))))
                .at("/data/submitLead");

        JsonNode lead = submitted.at("/lead");
        assertThat(errors(submitted)).isEmpty();
        assertThat(lead.at("/formVersion").asInt()).isEqualTo(1);
        assertThat(lead.at("/company").asString()).isEqualTo("Initech");
        assertThat(lead.at("/employees").asInt()).isEqualTo(11);
        assertThat(lead.at("/country").asString())
                .as("a country is stored as its code")
                .isEqualTo("FR");
        assertThat(lead.at("/source").asString())
                .as("the hidden field fills the lead's source")
                .isEqualTo("newsletter");
        assertThat(lead.at("/attributes").toString())
                .contains("{\"key\":\"interests\",\"value\":\"demo\"}", "{\"key\":\"consent\",\"value\":\"true\"}");
        assertThat(lead.at("/fieldSources").findValuesAsString("source")).containsOnly("SUBMITTED");
        assertThat(lead.at("/fieldSources").findValuesAsString("field"))
                .containsExactly(
                        "email",
                        "name",
                        "company",
                        "companySize",
                        "industry",
                        "country",
                        "interests",
                        "phone",
                        "consent",
                        "source");
        assertThat(submitted.at("/assignment/rep/name").asString()).isEqualTo("Fiona");
    }

    @Test
    void every_fault_of_a_submission_is_told_at_once_on_its_answer_and_nothing_is_stored() {
        String formId = form();
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("email", "not-an-address");
        answers.put("name", "x".repeat(81));
        answers.put("companySize", "42");
        answers.put("industry", "Mining");
        answers.put("country", "Atlantis");
        answers.put("interests", List.of("pricing", "golf"));
        answers.put("vatNumber", "12345");
        answers.put("phone", "call me");
        answers.put("consent", "false");
        answers.put("favouriteColour", "blue");
        long before = leads();

        JsonNode refused = graphQl.execute(SUBMIT, Map.of("input", submission(formId, answers)))
                .at("/data/submitLead");

        assertThat(refused.at("/lead").isNull()).isTrue();
        assertThat(errors(refused))
                .containsExactlyInAnyOrder(
                        "UNKNOWN_FIELD answers.favouriteColour",
                        "INVALID_FORMAT answers.email",
                        "TOO_LONG answers.name",
                        "REQUIRED answers.company",
                        "NOT_AN_OPTION answers.companySize",
                        "NOT_AN_OPTION answers.industry",
                        "INVALID_FORMAT answers.country",
                        "NOT_AN_OPTION answers.interests",
                        "INVALID_FORMAT answers.vatNumber",
                        "INVALID_FORMAT answers.phone",
                        "REQUIRED answers.consent");
        assertThat(leads()).isEqualTo(before);
    }

    @Test
    void a_conditional_field_is_required_only_while_its_condition_holds_and_dropped_when_it_does_not() {
        String formId = form();
        Map<String, Object> demoOnly = validAnswers("demo@initech.example");
        demoOnly.put("budget", "-5"); // not shown: neither checked nor kept
        Map<String, Object> pricing = validAnswers("pricing@initech.example");
        pricing.put("interests", List.of("demo", "pricing"));
        Map<String, Object> pricingWithBudget = new LinkedHashMap<>(pricing);
        pricingWithBudget.put("budget", "20000");
        Map<String, Object> budgetTooHigh = new LinkedHashMap<>(pricing);
        budgetTooHigh.put("budget", "2000000");

        JsonNode withoutCondition = graphQl.execute(SUBMIT, Map.of("input", submission(formId, demoOnly)))
                .at("/data/submitLead");
        JsonNode missing = graphQl.execute(SUBMIT, Map.of("input", submission(formId, pricing)))
                .at("/data/submitLead");
        JsonNode answered = graphQl.execute(SUBMIT, Map.of("input", submission(formId, pricingWithBudget)))
                .at("/data/submitLead");
        JsonNode outOfRange = graphQl.execute(SUBMIT, Map.of("input", submission(formId, budgetTooHigh)))
                .at("/data/submitLead");

        assertThat(errors(withoutCondition)).isEmpty();
        assertThat(withoutCondition.at("/lead/attributes").toString()).doesNotContain("budget");
        assertThat(errors(missing)).containsExactly("REQUIRED answers.budget");
        assertThat(errors(answered)).isEmpty();
        assertThat(answered.at("/lead/attributes").toString()).contains("{\"key\":\"budget\",\"value\":\"20000\"}");
        assertThat(errors(outOfRange)).containsExactly("OUT_OF_RANGE answers.budget");
    }

    @Test
    void flat_fields_still_work_and_count_as_the_answers_to_the_fields_of_the_same_key() {
        String formId = form();
        Map<String, Object> flat = new LinkedHashMap<>();
        flat.put("formId", formId);
        flat.put("name", "Flat Fields");
        flat.put("email", "flat@initech.example");
        flat.put("company", "Initech");
        flat.put("employees", 51);
        flat.put("industry", "Software");
        flat.put("country", "DE");
        flat.put("product", "Routing"); // not asked by the form: kept as sent
        flat.put("attributes", List.of(Map.of("key", "consent", "value", "true")));
        Map<String, Object> flatWithoutConsent = new LinkedHashMap<>(flat);
        flatWithoutConsent.remove("attributes");
        Map<String, Object> classicForm = Workspace.lead(
                null, 7, Map.of("formId", create(null).at("/form/id").asString()));

        JsonNode accepted = graphQl.execute(SUBMIT, Map.of("input", flat)).at("/data/submitLead");
        JsonNode refused =
                graphQl.execute(SUBMIT, Map.of("input", flatWithoutConsent)).at("/data/submitLead");
        JsonNode classic = graphQl.execute(SUBMIT, Map.of("input", classicForm)).at("/data/submitLead");

        assertThat(errors(accepted)).isEmpty();
        assertThat(accepted.at("/lead/employees").asInt()).isEqualTo(51);
        assertThat(errors(refused)).containsExactly("REQUIRED answers.consent");
        assertThat(errors(classic)).isEmpty();
        assertThat(classic.at("/lead/formVersion").asInt()).isEqualTo(1);
        assertThat(classic.at("/lead/fieldSources").size()).isZero();
    }

    @Test
    void a_form_stored_before_versions_reads_as_version_1_with_no_fields_and_takes_flat_leads() {
        String id = UUID.randomUUID().toString();
        mongo.insert(
                new Document("_id", id).append("name", "Old form").append("routerId", GlobalIds.storedId(routerId)),
                "forms");

        JsonNode read = graphQl.execute(
                        "query($id: ID!) { form(id: $id) { name version definition { fields { key } languages } versions { version } } }",
                        Map.of("id", id))
                .at("/data/form");
        JsonNode lead = graphQl.execute(SUBMIT, Map.of("input", Workspace.lead(null, 8, Map.of("formId", id))))
                .at("/data/submitLead");
        JsonNode edited = graphQl.execute(
                        UPDATE, Map.of("input", Map.of("formId", id, "name", "Old form", "routerId", routerId)))
                .at("/data/updateForm");

        assertThat(read.at("/version").asInt()).isEqualTo(1);
        assertThat(read.at("/definition/fields").size()).isZero();
        assertThat(errors(lead)).isEmpty();
        assertThat(lead.at("/lead/formVersion").asInt()).isEqualTo(1);
        assertThat(errors(edited)).isEmpty();
        assertThat(edited.at("/form/version").asInt()).isEqualTo(2);
    }

    @Test
    void a_known_account_skips_its_fields_without_telling_their_values_and_the_server_fills_them() {
        String formId = form();
        JsonNode account = graphQl.execute(
                        "mutation($input: CreateAccountInput!) { createAccount(input: $input) { errors { code } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Umbrella",
                                        "domains",
                                        List.of("umbrella.example"),
                                        "ownerId",
                                        repId,
                                        "industry",
                                        "Software",
                                        "employees",
                                        51,
                                        "country",
                                        "Japan")))
                .at("/data/createAccount");
        assertThat(errors(account)).isEmpty();
        GraphQlClient widget = new Principals(port, graphQl).widget(new Principals(port, graphQl).widgetKey(formId));

        JsonNode shortening = widget.execute(SHORTENING, Map.of("input", Map.of("email", "alice@umbrella.example")));
        Map<String, Object> answers = validAnswers("alice@umbrella.example");
        answers.keySet().removeAll(List.of("company", "companySize", "industry", "country"));
        JsonNode submitted = widget.execute(SUBMIT + " ", Map.of("input", submission(formId, answers)))
                .at("/data/submitLead");
        JsonNode stored = graphQl.execute(
                        "query($id: ID!) { lead(id: $id) { company employees industry country fieldSources { field source from } } }",
                        Map.of("id", submitted.at("/lead/id").asString()))
                .at("/data/lead");

        assertThat(shortening.toString())
                .as("names only, never a stored value")
                .isEqualTo(
                        "{\"data\":{\"formShortening\":{\"skipFields\":[\"company\",\"companySize\",\"industry\",\"country\"],\"errors\":[]}}}");
        assertThat(errors(submitted)).isEmpty();
        assertThat(submitted.toString())
                .as("the prospect's answer holds nothing the server filled in")
                .doesNotContain("Umbrella", "Software", "JP", "\"employees\":51", "ACCOUNT", "7300000");
        assertThat(stored.at("/company").asString()).isEqualTo("Umbrella");
        assertThat(stored.at("/employees").asInt()).isEqualTo(51);
        assertThat(stored.at("/industry").asString()).isEqualTo("Software");
        assertThat(stored.at("/country").asString()).isEqualTo("JP");
        assertThat(stored.at("/fieldSources").toString())
                .contains(
                        "{\"field\":\"company\",\"source\":\"ACCOUNT\",\"from\":\"account Umbrella\"}",
                        "{\"field\":\"email\",\"source\":\"SUBMITTED\",\"from\":null}");
    }

    @Test
    void an_earlier_lead_with_the_same_email_skips_what_it_told_and_an_unknown_email_skips_nothing() {
        String formId = form();
        JsonNode first = graphQl.execute(
                        SUBMIT, Map.of("input", submission(formId, validAnswers("sam@globex.example"))))
                .at("/data/submitLead");
        String firstId = first.at("/lead/id").asString();
        GraphQlClient widget = new Principals(port, graphQl).widget(new Principals(port, graphQl).widgetKey(formId));

        JsonNode known = widget.execute(SHORTENING, Map.of("input", Map.of("email", "sam@globex.example")));
        JsonNode unknown = widget.execute(SHORTENING, Map.of("input", Map.of("email", "new@globex.example")));
        JsonNode invalid = widget.execute(SHORTENING, Map.of("input", Map.of("email", "nobody")));
        Map<String, Object> again = validAnswers("sam@globex.example");
        again.remove("industry");
        again.put("company", "Globex Corp");
        JsonNode second = widget.execute(SUBMIT, Map.of("input", submission(formId, again)))
                .at("/data/submitLead");
        JsonNode stored = graphQl.execute(
                        "query($id: ID!) { lead(id: $id) { company industry fieldSources { field source from } } }",
                        Map.of("id", second.at("/lead/id").asString()))
                .at("/data/lead");

        assertThat(known.at("/data/formShortening/skipFields").toString())
                .isEqualTo("[\"company\",\"companySize\",\"industry\",\"country\"]");
        assertThat(known.toString()).doesNotContain("Initech", "Retail", "FR");
        assertThat(unknown.at("/data/formShortening/skipFields").size()).isZero();
        assertThat(errors(invalid.at("/data/formShortening"))).containsExactly("INVALID_FORMAT email");
        assertThat(errors(second)).isEmpty();
        assertThat(second.at("/lead/industry").isNull())
                .as("the prospect is not shown what was filled")
                .isTrue();
        assertThat(stored.at("/company").asString())
                .as("what the prospect answered wins")
                .isEqualTo("Globex Corp");
        assertThat(stored.at("/industry").asString()).isEqualTo("Retail");
        assertThat(stored.at("/fieldSources").toString())
                .contains(
                        "{\"field\":\"company\",\"source\":\"SUBMITTED\",\"from\":null}",
                        "{\"field\":\"industry\",\"source\":\"EARLIER_LEAD\",\"from\":\"lead " + firstId + "\"}");
    }

    @Test
    void a_widget_reaches_no_stored_lead_through_the_objects_its_answer_holds() {
        String formId = form();
        graphQl.execute(SUBMIT, Map.of("input", submission(formId, validAnswers("kim@hooli.example"))));
        GraphQlClient widget = new Principals(port, graphQl).widget(new Principals(port, graphQl).widgetKey(formId));

        JsonNode probed = widget.execute("""
                mutation($input: SubmitLeadInput!) { submitLead(input: $input) {
                  lead { id assignment { id } }
                  assignment { lead { industry } explanation { matchedLead { email } enrichment { field value } } } } }""", Map.of("input", submission(formId, validAnswers("kim@hooli.example"))));

        assertThat(probed.at("/errors").findValuesAsString("code"))
                .as(probed.toString())
                .isNotEmpty()
                .allMatch("FORBIDDEN"::equals);
        assertThat(probed.toString()).doesNotContain("Retail", "kim@hooli.example");
    }

    @Test
    void a_widget_reads_its_own_form_and_cannot_reach_another() {
        String formA = form();
        String formB = form();
        Principals principals = new Principals(port, graphQl);
        GraphQlClient widgetA = principals.widget(principals.widgetKey(formA));

        JsonNode own = widgetA.execute(
                "{ widgetForm { formId version definition { languages fields { key kind } brand { color } } } }");
        JsonNode otherShortening =
                widgetA.execute(SHORTENING, Map.of("input", Map.of("formId", formB, "email", "a@b.example")));
        JsonNode otherForm = widgetA.execute("query($id: ID!) { form(id: $id) { id } }", Map.of("id", formB));
        JsonNode asAdmin = graphQl.execute("{ widgetForm { formId } }");

        assertThat(own.at("/data/widgetForm/formId").asString()).isEqualTo(formA);
        assertThat(own.at("/data/widgetForm/version").asInt()).isEqualTo(1);
        assertThat(own.at("/data/widgetForm/definition/fields").size()).isEqualTo(12);
        assertThat(otherShortening.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(otherForm.at("/errors/0/extensions/code").asString()).isEqualTo("FORBIDDEN");
        assertThat(asAdmin.at("/data/widgetForm").isNull()).isTrue();
    }

    @Test
    void a_widget_asks_for_the_shortening_once_per_request() {
        String formId = form();
        Principals principals = new Principals(port, graphQl);
        GraphQlClient widget = principals.widget(principals.widgetKey(formId));

        JsonNode twice = widget.execute("""
                { a: formShortening(input: {email: "a@globex.example"}) { skipFields }
                  b: formShortening(input: {email: "b@globex.example"}) { skipFields } }""");

        assertThat(twice.at("/errors/0/extensions/code").asString()).isEqualTo("TOO_MANY_OPERATIONS");
        assertThat(twice.at("/data/a").isMissingNode() || twice.at("/data/a").isNull())
                .isTrue();
    }
}
