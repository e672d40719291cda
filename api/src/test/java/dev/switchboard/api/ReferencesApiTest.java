package dev.switchboard.api;

import static dev.switchboard.api.Booker.monday;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * References as objects: a booking's meeting type, the router that decided, the form a lead came through, the lead
 * of a live event and an audit entry's target are objects to select into, beside the raw ids they replace; each is
 * refused to whoever its object's own lookup refuses, and the rest of the answer stands.
 */
class ReferencesApiTest extends ApiTest {

    private static final String LEAD = """
            query($id: ID!) { lead(id: $id) { name form { id name } pool { id } convertedAt
              assignment { explanation { routerId routerVersion router { id name version } } } } }""";

    /** A published router sending every lead to the pool, and a form using it; returns the router's and form's ids. */
    private List<String> routedForm(String poolId) {
        String router = workspace.router("Inbound", poolId);
        graphQl.execute(
                "mutation($input: PublishRouterInput!) { publishRouter(input: $input) { errors { code } } }",
                Map.of("input", Map.of("routerId", router, "version", 1)));
        String form = graphQl.execute(
                        "mutation($input: CreateFormInput!) { createForm(input: $input) { form { id } } }",
                        Map.of("input", Map.of("name", "Contact us", "routerId", router)))
                .at("/data/createForm/form/id")
                .asString();
        return List.of(router, form);
    }

    private String submitted(Map<String, Object> input) {
        JsonNode payload = workspace.submit(input).at("/data/submitLead");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/lead/id").asString();
    }

    @Test
    void a_lead_through_a_form_names_its_form_and_its_explanation_the_router_and_version_that_decided() {
        String pool = workspace.pool("Inbound", List.of(workspace.rep("Ana")));
        List<String> routerAndForm = routedForm(pool);
        String lead = submitted(Workspace.lead(null, 1, Map.of("formId", routerAndForm.get(1))));

        JsonNode read = graphQl.execute(LEAD, Map.of("id", lead)).at("/data/lead");

        assertThat(read.at("/form/id").asString()).isEqualTo(routerAndForm.get(1));
        assertThat(read.at("/form/name").asString()).isEqualTo("Contact us");
        assertThat(read.at("/pool").isNull()).as("it came through a form").isTrue();
        JsonNode explanation = read.at("/assignment/explanation");
        assertThat(explanation.at("/router/id").asString()).isEqualTo(routerAndForm.get(0));
        assertThat(explanation.at("/router/name").asString()).isEqualTo("Inbound");
        assertThat(explanation.at("/routerVersion").asInt()).isEqualTo(1);
        assertThat(explanation.at("/routerId").asString())
                .as("the deprecated id still answers")
                .isEqualTo(routerAndForm.get(0));
    }

    @Test
    void a_lead_sent_to_a_pool_directly_has_no_form_and_no_router() {
        String pool = workspace.pool("Direct", List.of(workspace.rep("Ben")));
        String lead = submitted(Workspace.lead(pool, 1, Map.of()));

        JsonNode read = graphQl.execute(LEAD, Map.of("id", lead));

        assertThat(read.at("/errors").isMissingNode()).as(read.toString()).isTrue();
        assertThat(read.at("/data/lead/form").isNull()).isTrue();
        assertThat(read.at("/data/lead/pool/id").asString()).isEqualTo(pool);
        assertThat(read.at("/data/lead/assignment/explanation/router").isNull()).isTrue();
        assertThat(read.at("/data/lead/assignment/explanation/routerVersion").isNull())
                .isTrue();
    }

    @Test
    void a_lead_is_converted_from_when_record_conversion_first_recorded_it_and_not_before() {
        String pool = workspace.pool("Converting", List.of(workspace.rep("Cleo")));
        String lead = submitted(Workspace.lead(pool, 1, Map.of()));
        assertThat(graphQl.execute(LEAD, Map.of("id", lead))
                        .at("/data/lead/convertedAt")
                        .isNull())
                .as("not converted yet")
                .isTrue();

        String recorded = graphQl.execute("""
                mutation($input: RecordConversionInput!) { recordConversion(input: $input) { convertedAt lead { convertedAt } } }""", Map.of("input", Map.of("leadId", lead)))
                .at("/data/recordConversion/convertedAt")
                .asString();

        assertThat(graphQl.execute(LEAD, Map.of("id", lead))
                        .at("/data/lead/convertedAt")
                        .asString())
                .isEqualTo(recorded);
    }

    @Test
    void a_booking_names_its_meeting_type_beside_the_deprecated_id() {
        Booker booker = new Booker(graphQl);
        String pool = workspace.pool("Booking", List.of(workspace.rep("Dana")));
        String intro = booker.meetingType(30, 0);
        String booking = booker.booked(booker.lead(workspace, pool, 1), intro, monday("10:00"))
                .at("/id")
                .asString();

        JsonNode read = graphQl.execute(
                        "query($id: ID!) { booking(id: $id) { meetingTypeId meetingType { id name durationMinutes } } }",
                        Map.of("id", booking))
                .at("/data/booking");

        assertThat(read.at("/meetingType/id").asString()).isEqualTo(intro);
        assertThat(read.at("/meetingType/name").asString()).isEqualTo("Intro");
        assertThat(read.at("/meetingType/durationMinutes").asInt()).isEqualTo(30);
        assertThat(read.at("/meetingTypeId").asString()).isEqualTo(intro);
    }

    @Test
    void a_rep_reading_their_lead_is_refused_its_form_and_router_and_gets_the_rest() {
        String eve = workspace.rep("Eve");
        String pool = workspace.pool("Eve alone", List.of(eve));
        String lead = submitted(
                Workspace.lead(null, 1, Map.of("formId", routedForm(pool).get(1))));
        GraphQlClient rep = new Principals(port, graphQl).rep(eve);

        JsonNode read = rep.execute(LEAD, Map.of("id", lead));

        assertThat(read.at("/data/lead/name").asString()).isEqualTo("Prospect 1");
        assertThat(read.at("/data/lead/form").isNull()).isTrue();
        assertThat(read.at("/data/lead/assignment/explanation/router").isNull()).isTrue();
        assertThat(read.at("/data/lead/assignment/explanation/routerId").isString())
                .isTrue();
        assertThat(refusals(read))
                .containsExactlyInAnyOrder("FORBIDDEN at lead/form", "FORBIDDEN at lead/assignment/explanation/router");
    }

    @Test
    void a_widget_booking_for_its_prospect_is_refused_the_meeting_type_object_and_gets_the_booking() {
        Booker booker = new Booker(graphQl);
        String pool = workspace.pool("Widget pool", List.of(workspace.rep("Finn")));
        String form = routedForm(pool).get(1);
        String intro = booker.meetingType(30, 0);
        Principals principals = new Principals(port, graphQl);
        GraphQlClient widget = principals.widget(principals.widgetKey(form));
        JsonNode submitted = widget.execute(
                """
                mutation($input: SubmitLeadInput!) { submitLead(input: $input) { lead { id form { id } } } }""",
                Map.of(
                        "input",
                        Workspace.lead(
                                null,
                                1,
                                Map.of(
                                        "formId",
                                        form,
                                        // A person takes a while to fill a form in; a bot does not.
                                        "startedAt",
                                        TestClock.app()
                                                .instant()
                                                .minusSeconds(30)
                                                .toString()))));
        assertThat(submitted.at("/data/submitLead/lead/form").isNull())
                .as(submitted.toString())
                .isTrue();
        assertThat(refusals(submitted)).containsExactly("FORBIDDEN at submitLead/lead/form");
        String lead = submitted.at("/data/submitLead/lead/id").asString();

        JsonNode booked = widget.execute(
                """
                mutation($input: BookMeetingInput!) { bookMeeting(input: $input) {
                  booking { id meetingTypeId meetingType { name } } errors { code } } }""",
                Map.of(
                        "input",
                        Map.of(
                                "leadId",
                                lead,
                                "meetingTypeId",
                                intro,
                                "start",
                                monday("11:00").toString(),
                                "timeZone",
                                "Europe/Paris")));

        assertThat(booked.at("/data/bookMeeting/booking/id").isString())
                .as(booked.toString())
                .isTrue();
        assertThat(booked.at("/data/bookMeeting/booking/meetingTypeId").asString())
                .isEqualTo(intro);
        assertThat(booked.at("/data/bookMeeting/booking/meetingType").isNull()).isTrue();
        assertThat(refusals(booked)).containsExactly("FORBIDDEN at bookMeeting/booking/meetingType");
    }

    private static final String AUDIT = """
            query($target: ID) { auditLog(first: 10, target: $target) { edges { node {
              operation targetType targetId
              target { __typename ... on Pool { id name } ... on Lead { id name } ... on Rep { id name } } } } } }""";

    @Test
    void an_audit_entry_names_its_target_as_it_stands_now_and_null_once_it_is_deleted() {
        String pool = workspace.pool("Audited", List.of(workspace.rep("Gus")));
        graphQl.execute(
                "mutation($input: UpdatePoolInput!) { updatePool(input: $input) { errors { code } } }",
                Map.of("input", Map.of("poolId", pool, "name", "Audited again")));

        JsonNode entries = graphQl.execute(AUDIT, Map.of("target", pool)).at("/data/auditLog/edges");
        assertThat(entries.size()).isEqualTo(2);
        for (JsonNode entry : entries) {
            assertThat(entry.at("/node/target/__typename").asString()).isEqualTo("Pool");
            assertThat(entry.at("/node/target/name").asString())
                    .as("the pool as it stands now, also on the entry of its creation")
                    .isEqualTo("Audited again");
            assertThat(entry.at("/node/targetId").asString()).isEqualTo(pool);
        }

        graphQl.execute(
                "mutation($input: DeletePoolInput!) { deletePool(input: $input) { errors { code } } }",
                Map.of("input", Map.of("poolId", pool)));

        JsonNode afterDelete = graphQl.execute(AUDIT, Map.of("target", pool)).at("/data/auditLog/edges");
        assertThat(afterDelete.size()).isEqualTo(3);
        for (JsonNode entry : afterDelete) {
            assertThat(entry.at("/node/target").isNull()).isTrue();
            assertThat(entry.at("/node/targetId").asString()).isEqualTo(pool);
            assertThat(entry.at("/node/targetType").asString()).isEqualTo("pool");
        }
    }

    @Test
    void an_availability_change_names_the_rep_and_a_reassignment_the_lead() {
        String hana = workspace.rep("Hana");
        String ivo = workspace.rep("Ivo");
        String lead = submitted(Workspace.lead(workspace.pool("Hana alone", List.of(hana)), 1, Map.of()));
        graphQl.execute("""
                mutation($input: ReassignLeadInput!) { reassignLead(input: $input) { errors { code } } }""", Map.of("input", Map.of("leadId", lead, "repId", ivo, "reason", "speaks Czech")));
        graphQl.execute(
                """
                mutation($input: AddTimeOffInput!) { addTimeOff(input: $input) { errors { code } } }""",
                Map.of(
                        "input",
                        Map.of(
                                "repId",
                                ivo,
                                "start",
                                monday("09:00").toString(),
                                "end",
                                monday("12:00").toString())));

        JsonNode reassigned = graphQl.execute(AUDIT, Map.of("target", lead)).at("/data/auditLog/edges/0/node");
        JsonNode timeOff = graphQl.execute(AUDIT, Map.of("target", ivo)).at("/data/auditLog/edges/0/node");

        assertThat(reassigned.at("/target/__typename").asString()).isEqualTo("Lead");
        assertThat(reassigned.at("/target/name").asString()).isEqualTo("Prospect 1");
        assertThat(timeOff.at("/operation").asString()).isEqualTo("addTimeOff");
        assertThat(timeOff.at("/targetType").asString()).isEqualTo("availability");
        assertThat(timeOff.at("/target/__typename").asString()).isEqualTo("Rep");
        assertThat(timeOff.at("/target/name").asString()).isEqualTo("Ivo");
    }

    @Test
    void the_live_feed_of_decisions_carries_the_lead_as_an_object() {
        String pool = workspace.pool("Live", List.of(workspace.rep("Jon")));
        String adminKey = new Principals(port, graphQl).apiKey("admin");
        try (SubscriptionClient subscriber = new SubscriptionClient(port, adminKey)) {
            subscriber.subscribe("log", "subscription { leadAssigned { leadId lead { id name email } } }");
            String lead = submitted(Workspace.lead(pool, 7, Map.of()));

            JsonNode assigned = null;
            while (assigned == null) {
                JsonNode message = subscriber.next(Duration.ofSeconds(30));
                assertThat(message.at("/type").asString())
                        .as(message.toString())
                        .isEqualTo("next");
                if (lead.equals(message.at("/payload/data/leadAssigned/leadId").asString())) {
                    assigned = message.at("/payload/data/leadAssigned");
                }
            }
            assertThat(assigned.at("/lead/id").asString()).isEqualTo(lead);
            assertThat(assigned.at("/lead/name").asString()).isEqualTo("Prospect 7");
        }
    }

    /** Each error of the answer as its code and path, e.g. {@code FORBIDDEN at lead/form}. */
    private static List<String> refusals(JsonNode answer) {
        List<String> found = new ArrayList<>();
        answer.at("/errors").forEach(error -> {
            List<String> path = new ArrayList<>();
            error.at("/path").forEach(step -> path.add(step.asString()));
            found.add(error.at("/extensions/code").asString() + " at " + String.join("/", path));
        });
        return found;
    }
}
