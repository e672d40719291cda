package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo out of the box: /demo carries the demo form's widget key, allowed from this app's own origin, and a
 * lead sent with it from that origin is routed and offered slots at once, whatever the day and hour.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "switchboard.embedded-mongo.storage=memory",
            "switchboard.demo.enabled=true",
            "switchboard.sla.enabled=false",
            "switchboard.admin.email=" + GraphQlClient.ADMIN_EMAIL,
            "switchboard.admin.password=" + GraphQlClient.ADMIN_PASSWORD
        })
class DemoPageApiTest {

    @LocalServerPort
    int port;

    @Test
    void the_demo_page_holds_a_widget_key_of_this_origin_whose_leads_get_a_rep_and_slots_at_once() {
        GraphQlClient admin = new GraphQlClient(port);
        var page = admin.get("/demo");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form id=\"contact\"", "<switchboard-form", "/widget/switchboard.js");
        Matcher key = Pattern.compile("data-key=\"(sb_pk_[^\"]+)\"").matcher(page.body());
        Matcher form = Pattern.compile("data-form-id=\"([^\"]+)\"").matcher(page.body());
        assertThat(key.find()).as(page.body()).isTrue();
        assertThat(form.find()).isTrue();

        JsonNode keys = admin.execute("{ widgetKeys(first: 100) { nodes { key form { id name } allowedOrigins } } }")
                .at("/data/widgetKeys/nodes");
        JsonNode demoKey = null;
        for (JsonNode k : keys) {
            if (k.at("/key").asString().equals(key.group(1))) {
                demoKey = k;
            }
        }
        assertThat(demoKey).as(keys.toString()).isNotNull();
        assertThat(demoKey.at("/form/name").asString()).isEqualTo("Demo website");
        assertThat(demoKey.at("/form/id").asString()).isEqualTo(form.group(1));
        assertThat(demoKey.at("/allowedOrigins").toString()).contains("http://localhost:" + port);

        GraphQlClient widget = GraphQlClient.withKey(port, key.group(1), "http://localhost:" + port);
        JsonNode submitted = widget.execute(
                        """
                mutation($input: SubmitLeadInput!) { submitLead(input: $input) {
                  assignment { outcome rep { name } } openSlots(timeZone: "Asia/Tokyo") { meetingType { name } slots { start } }
                  errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "formId",
                                        form.group(1),
                                        "name",
                                        "Dee Demo",
                                        "email",
                                        "dee@demo-prospect.example",
                                        "startedAt",
                                        Instant.now().minusSeconds(30).toString())))
                .at("/data/submitLead");
        assertThat(submitted.at("/errors").size()).as(submitted.toString()).isZero();
        assertThat(submitted.at("/assignment/outcome").asString()).isEqualTo("ASSIGNED");
        assertThat(submitted.at("/openSlots/meetingType/name").asString()).isEqualTo("Intro call");
        assertThat(submitted.at("/openSlots/slots").size()).isPositive();
    }

    @Test
    void the_rendered_form_has_a_key_of_its_own_its_fields_and_a_known_company_shortens_it() {
        GraphQlClient admin = new GraphQlClient(port);
        var page = admin.get("/demo");
        Matcher formKey =
                Pattern.compile("<switchboard-form key=\"(sb_pk_[^\"]+)\"").matcher(page.body());
        assertThat(formKey.find()).as(page.body()).isTrue();
        GraphQlClient widget = GraphQlClient.withKey(port, formKey.group(1), "http://localhost:" + port);

        JsonNode form = widget.execute(
                        "{ widgetForm { definition { languages fields { key kind showWhen { field } } } } }")
                .at("/data/widgetForm/definition");
        assertThat(form.at("/languages").toString()).isEqualTo("[\"en\",\"fr\"]");
        assertThat(form.at("/fields").valueStream().map(f -> f.at("/key").asString()))
                .containsExactly(
                        "email",
                        "name",
                        "company",
                        "companySize",
                        "country",
                        "interest",
                        "details",
                        "consent",
                        "source");

        String shorten =
                "query($email: String!) { formShortening(input: {email: $email}) { skipFields errors { code } } }";
        assertThat(widget.execute(shorten, Map.of("email", "someone@acme.example"))
                        .at("/data/formShortening/skipFields")
                        .toString())
                .isEqualTo("[\"company\",\"companySize\",\"country\"]");
        JsonNode known = widget.execute(
                        """
                mutation($input: SubmitLeadInput!) { submitLead(input: $input) {
                  assignment { outcome } openSlots(timeZone: "Asia/Tokyo") { slots { start } } errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "formId",
                                        formId(admin, "Demo website, Switchboard form"),
                                        "name",
                                        "Kim Known",
                                        "email",
                                        "kim@acme.example",
                                        "startedAt",
                                        Instant.now().minusSeconds(30).toString(),
                                        "answers",
                                        java.util.List.of(
                                                Map.of("field", "interest", "value", "demo"),
                                                Map.of("field", "consent", "value", "true")))))
                .at("/data/submitLead");
        assertThat(known.at("/errors").size()).as(known.toString()).isZero();
        assertThat(known.at("/openSlots/slots").size()).as(known.toString()).isPositive();
        assertThat(widget.execute(shorten, Map.of("email", "someone@unknown-co.example"))
                        .at("/data/formShortening/skipFields")
                        .size())
                .isZero();
    }

    private static String formId(GraphQlClient admin, String name) {
        for (JsonNode f :
                admin.execute("{ forms(first: 100) { nodes { id name } } }").at("/data/forms/nodes")) {
            if (f.at("/name").asString().equals(name)) {
                return f.at("/id").asString();
            }
        }
        throw new AssertionError("no form " + name);
    }

    @Test
    void a_student_is_disqualified_by_the_demo_router() {
        GraphQlClient admin = new GraphQlClient(port);
        String formId = null;
        for (JsonNode f :
                admin.execute("{ forms(first: 100) { nodes { id name } } }").at("/data/forms/nodes")) {
            if (f.at("/name").asString().equals("Demo website")) {
                formId = f.at("/id").asString();
            }
        }
        JsonNode submitted = admin.execute(
                        """
                mutation($input: SubmitLeadInput!) { submitLead(input: $input) { assignment { outcome } errors { code } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "formId",
                                        formId,
                                        "name",
                                        "Sam Student",
                                        "email",
                                        "sam@university.example",
                                        "jobTitle",
                                        "PhD student")))
                .at("/data/submitLead");
        assertThat(submitted.at("/assignment/outcome").asString()).isEqualTo("DISQUALIFIED");
    }
}
