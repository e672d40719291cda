package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.access.OperationPolicy;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what: every operation of the schema, called over HTTP by each kind of caller, is answered or
 * refused exactly as the table says. {@code ok}: the operation ran (it may still answer a user error for the
 * placeholder input); {@code 401}: refused with code UNAUTHENTICATED; {@code 403}: refused with code FORBIDDEN.
 * The columns after the bar are API keys holding one scope each.
 */
class AuthorizationMatrixApiTest extends ApiTest {

    private static final List<String> CALLERS = List.of(
            "anonymous",
            "widget",
            "rep",
            "admin",
            "leads:read",
            "leads:write",
            "setup:read",
            "setup:write",
            "metrics:read",
            "webhooks:write",
            "admin-key");

    private static final String MATRIX = """
            operation                          anon  widget rep  admin | leads:read leads:write setup:read setup:write metrics:read webhooks:write admin
            Query.me                           ok    ok     ok   ok    | ok         ok          ok         ok          ok           ok             ok
            Query.node                         ok    ok     ok   ok    | ok         ok          ok         ok          ok           ok             ok
            Query.nodes                        ok    ok     ok   ok    | ok         ok          ok         ok          ok           ok             ok
            Query.lead                         401   403    ok   ok    | ok         403         403        403         403          403            ok
            Query.leads                        401   403    ok   ok    | ok         403         403        403         403          403            ok
            Query.assignments                  401   403    ok   ok    | ok         403         403        403         403          403            ok
            Query.openQueue                    401   403    ok   ok    | ok         403         403        403         403          403            ok
            Mutation.submitLead                401   ok     403  ok    | 403        ok          403        403         403          403            ok
            Mutation.claimLead                 401   403    ok   ok    | 403        ok          403        403         403          403            ok
            Mutation.acceptLead                401   403    ok   ok    | 403        ok          403        403         403          403            ok
            Mutation.reassignLead              401   403    403  ok    | 403        ok          403        403         403          403            ok
            Mutation.recordConversion          401   403    403  ok    | 403        ok          403        403         403          403            ok
            Mutation.bookMeeting               401   ok     403  ok    | 403        ok          403        403         403          403            ok
            Mutation.rescheduleBooking         401   403    403  ok    | 403        ok          403        403         403          403            ok
            Mutation.cancelBooking             401   403    403  ok    | 403        ok          403        403         403          403            ok
            Query.bookings                     401   403    ok   ok    | ok         403         403        403         403          403            ok
            Query.booking                      401   403    ok   ok    | ok         403         403        403         403          403            ok
            Query.managedBooking               ok    ok     ok   ok    | ok         ok          ok         ok          ok           ok             ok
            Query.rep                          401   403    ok   ok    | 403        403         ok         403         403          403            ok
            Query.reps                         401   403    ok   ok    | 403        403         ok         403         403          403            ok
            Query.pool                         401   403    ok   ok    | 403        403         ok         403         403          403            ok
            Query.pools                        401   403    ok   ok    | 403        403         ok         403         403          403            ok
            Query.meetingTypes                 401   403    ok   ok    | 403        403         ok         403         403          403            ok
            Query.meetingType                  401   403    ok   ok    | 403        403         ok         403         403          403            ok
            Query.availability                 401   403    ok   ok    | 403        403         ok         403         403          403            ok
            Query.availableSlots               401   ok     ok   ok    | 403        403         ok         403         403          403            ok
            Query.router                       401   403    403  ok    | 403        403         ok         403         403          403            ok
            Query.routers                      401   403    403  ok    | 403        403         ok         403         403          403            ok
            Query.forms                        401   403    403  ok    | 403        403         ok         403         403          403            ok
            Query.form                         401   403    403  ok    | 403        403         ok         403         403          403            ok
            Query.formVersion                  401   403    403  ok    | 403        403         ok         403         403          403            ok
            Query.widgetForm                   401   ok     403  ok    | 403        403         ok         403         403          403            ok
            Query.formShortening               401   ok     403  ok    | 403        ok          403        403         403          403            ok
            Query.accounts                     401   403    403  ok    | 403        403         ok         403         403          403            ok
            Query.qualification                401   403    403  ok    | 403        403         ok         403         403          403            ok
            Query.simulateRouting              401   403    403  ok    | 403        403         ok         403         403          403            ok
            Query.replayRouter                 401   403    403  ok    | 403        403         ok         403         403          403            ok
            Query.analytics                    401   403    403  ok    | ok         403         403        403         403          403            ok
            Mutation.createRep                 401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.setRepStatus              401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.updateRep                 401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.deactivateRep             401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.addPoolMembers            401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.removePoolMembers         401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.setMemberWeight           401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.createPool                401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.updatePool                401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.deletePool                401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.setPoolSla                401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.setPoolAvailabilityFirst  401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.createRouter              401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.reviseRouter              401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.publishRouter             401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.deleteRouter              401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.createForm                401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.updateForm                401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.deleteForm                401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.createAccount             401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.updateAccount             401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.deleteAccount             401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.importAccounts            401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.startBulkImport           401   403    403  ok    | 403        403         403        ok          403          403            ok
            Query.bulkImport                   401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.updateQualification       401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.setAvailability           401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.addTimeOff                401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.createMeetingType         401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.updateMeetingType         401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.setPoolSlotPolicy         401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.connectCalendar           401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.disconnectCalendar        401   403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.startGoogleCalendarConsent 401  403    403  ok    | 403        403         403        ok          403          403            ok
            Mutation.checkCalendar             401   403    403  ok    | 403        403         403        ok          403          403            ok
            Query.users                        401   403    403  ok    | 403        403         403        403         403          403            ok
            Query.apiKeys                      401   403    403  ok    | 403        403         403        403         403          403            ok
            Query.widgetKeys                   401   403    403  ok    | 403        403         403        403         403          403            ok
            Mutation.createUser                401   403    403  ok    | 403        403         403        403         403          403            ok
            Mutation.deactivateUser            401   403    403  ok    | 403        403         403        403         403          403            ok
            Mutation.createApiKey              401   403    403  ok    | 403        403         403        403         403          403            ok
            Mutation.revokeApiKey              401   403    403  ok    | 403        403         403        403         403          403            ok
            Mutation.createWidgetKey           401   403    403  ok    | 403        403         403        403         403          403            ok
            Mutation.revokeWidgetKey           401   403    403  ok    | 403        403         403        403         403          403            ok
            Mutation.changePassword            401   403    ok   ok    | 403        403         403        403         403          403            403
            Query.webhooks                     401   403    403  ok    | 403        403         403        403         403          ok             ok
            Query.webhookDeliveries            401   403    403  ok    | 403        403         403        403         403          ok             ok
            Query.auditLog                     401   403    403  ok    | 403        403         403        403         403          403            ok
            Mutation.createWebhook             401   403    403  ok    | 403        403         403        403         403          ok             ok
            Mutation.updateWebhook             401   403    403  ok    | 403        403         403        403         403          ok             ok
            Mutation.deleteWebhook             401   403    403  ok    | 403        403         403        403         403          ok             ok
            Mutation.replayWebhookDelivery     401   403    403  ok    | 403        403         403        403         403          ok             ok
            Query.outbox                       401   403    403  ok    | 403        403         403        403         403          403            ok
            Mutation.retryOutboxItem           401   403    403  ok    | 403        403         403        403         403          403            ok
            Subscription.leadAssigned          401   403    403  ok    | 403        403         403        403         403          403            ok
            Subscription.events                401   403    403  ok    | 403        403         403        403         403          403            ok
            """;

    /**
     * Fields below the root that hand over an object with a lookup of its own, and the lookups (rows of the table
     * above) whose answers they follow: a caller refused any of them is refused the field the same way.
     */
    private static final String REFERENCES = """
            field                     follows
            Booking.meetingType       Query.meetingType
            Explanation.router        Query.router
            Lead.form                 Query.form
            LeadAssignedEvent.lead    Query.lead
            AuditEntry.target         Query.rep Query.pool Query.router Query.form Query.accounts Query.meetingType Query.webhooks Query.lead Query.users Query.apiKeys
            """;

    @Test
    void a_field_that_hands_over_an_object_is_refused_to_whoever_the_objects_own_lookup_is_refused() {
        GraphQLSchema schema = graphQlSource.schema();
        Map<String, List<String>> table = expected();
        Map<String, dev.switchboard.access.Caller> callers = new LinkedHashMap<>();
        callers.put("anonymous", new dev.switchboard.access.Caller.Anonymous());
        callers.put(
                "widget", new dev.switchboard.access.Caller.Widget("k", new dev.switchboard.domain.model.FormId("f")));
        callers.put(
                "rep",
                new dev.switchboard.access.Caller.Rep(
                        "u", "rep@x.example", new dev.switchboard.domain.model.RepId("r")));
        callers.put("admin", new dev.switchboard.access.Caller.Admin("u", "admin@x.example"));
        List<dev.switchboard.access.Scope> scopes = List.of(
                dev.switchboard.access.Scope.LEADS_READ,
                dev.switchboard.access.Scope.LEADS_WRITE,
                dev.switchboard.access.Scope.SETUP_READ,
                dev.switchboard.access.Scope.SETUP_WRITE,
                dev.switchboard.access.Scope.METRICS_READ,
                dev.switchboard.access.Scope.WEBHOOKS_WRITE,
                dev.switchboard.access.Scope.ADMIN);
        for (int i = 0; i < scopes.size(); i++) {
            callers.put(
                    CALLERS.get(4 + i),
                    new dev.switchboard.access.Caller.Integration("k", "key", java.util.Set.of(scopes.get(i))));
        }

        List<String> wrong = new ArrayList<>();
        REFERENCES.lines().skip(1).map(String::trim).filter(l -> !l.isEmpty()).forEach(line -> {
            List<String> cells = new ArrayList<>(List.of(line.split("\\s+")));
            String field = cells.remove(0);
            String[] typeAndField = field.split("\\.");
            assertThat(schema.getObjectType(typeAndField[0]).getFieldDefinition(typeAndField[1]))
                    .as(field + " is in the schema")
                    .isNotNull();
            assertThat(OperationPolicy.SWITCHBOARD.lookupsBehind(field))
                    .as(field)
                    .containsExactlyElementsOf(cells);
            for (int i = 0; i < CALLERS.size(); i++) {
                int column = i;
                List<String> lookups = cells.stream()
                        .map(op -> table.get(op).get(column))
                        .distinct()
                        .toList();
                String expected = lookups.contains("401") ? "401" : lookups.contains("403") ? "403" : "ok";
                String got;
                try {
                    OperationPolicy.SWITCHBOARD.checkField(field, callers.get(CALLERS.get(i)));
                    got = "ok";
                } catch (dev.switchboard.access.Refused refused) {
                    got = refused.code().equals("UNAUTHENTICATED") ? "401" : "403";
                }
                if (!got.equals(expected)) {
                    wrong.add(field + " as " + CALLERS.get(i) + ": expected " + expected + ", got " + got);
                }
            }
        });

        assertThat(wrong).isEmpty();
    }

    /**
     * node(id:) and nodes(ids:) are open to anyone (a made-up id is NOT_FOUND), but each id is refused exactly as the
     * lookup of its type named here: its row of the table above is what node and nodes answer for an object of the type.
     */
    private static final String NODE_LOOKUPS = """
            type           lookup
            Lead           Query.lead
            Rep            Query.rep
            Pool           Query.pool
            Router         Query.router
            RouterVersion  Query.router
            Form           Query.form
            Account        Query.accounts
            Assignment     Query.assignments
            Booking        Query.booking
            MeetingType    Query.meetingType
            Webhook        Query.webhooks
            ApiKey         Query.apiKeys
            WidgetKey      Query.widgetKeys
            User           Query.users
            AuditEntry     Query.auditLog
            """;

    @Test
    void node_and_nodes_refuse_an_object_of_each_type_exactly_as_the_types_own_lookup() {
        Principals principals = new Principals(port, graphQl);
        String repId = workspace.rep("Node Matrix Rep");
        Map<String, String> ids = EveryNode.made(graphQl, workspace, repId, 90);
        Map<String, GraphQlClient> callers = new LinkedHashMap<>();
        callers.put("anonymous", GraphQlClient.anonymous(port));
        callers.put("widget", principals.widget(principals.widgetKey(ids.get("Form"))));
        callers.put("rep", principals.rep(repId));
        callers.put("admin", graphQl);
        for (String scope :
                List.of("leads:read", "leads:write", "setup:read", "setup:write", "metrics:read", "webhooks:write")) {
            callers.put(scope, GraphQlClient.withKey(port, principals.apiKey(scope), null));
        }
        callers.put("admin-key", GraphQlClient.withKey(port, principals.apiKey("admin"), null));
        Map<String, String> lookups = new LinkedHashMap<>();
        NODE_LOOKUPS.lines().skip(1).map(String::trim).filter(l -> !l.isEmpty()).forEach(line -> {
            String[] cells = line.split("\\s+");
            lookups.put(cells[0], cells[1]);
        });
        var node = (graphql.schema.GraphQLInterfaceType) graphQlSource.schema().getType("Node");

        assertThat(lookups.keySet())
                .as("every type implementing Node has its lookup named")
                .containsExactlyInAnyOrderElementsOf(graphQlSource.schema().getImplementations(node).stream()
                        .map(GraphQLObjectType::getName)
                        .toList());
        List<String> wrong = new ArrayList<>();
        lookups.forEach((type, lookup) -> {
            List<String> answers = expected().get(lookup);
            for (int i = 0; i < CALLERS.size(); i++) {
                GraphQlClient caller = callers.get(CALLERS.get(i));
                String one = answer(
                        caller.execute("query($id: ID!) { node(id: $id) { id } }", Map.of("id", ids.get(type))),
                        "node");
                String many = answer(
                        caller.execute(
                                "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
                                Map.of("ids", List.of(ids.get(type)))),
                        "nodes");
                if (!one.equals(answers.get(i)) || !many.equals(answers.get(i))) {
                    wrong.add(type + " as " + CALLERS.get(i) + ": " + lookup + " answers " + answers.get(i) + ", node "
                            + one + ", nodes " + many);
                }
            }
        });

        assertThat(wrong).isEmpty();
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Optional input fields given anyway, so a widget submits to its form and a rep acts as themselves. */
    private static final java.util.Set<String> FILLED_WHEN_OPTIONAL = java.util.Set.of("formId", "repId");

    @Autowired
    GraphQlSource graphQlSource;

    @Test
    void every_operation_in_the_schema_has_a_line_in_the_policy_and_in_this_table() {
        TreeSet<String> operations = operations(graphQlSource.schema());

        assertThat(operations.stream()
                        .filter(op -> OperationPolicy.SWITCHBOARD.lineFor(op).isEmpty())
                        .toList())
                .as("operations the OperationPolicy does not name (they are admin-only until it does)")
                .isEmpty();
        assertThat(expected().keySet())
                .as("operations of the authorization matrix")
                .containsExactlyInAnyOrderElementsOf(operations);
    }

    @Test
    void each_caller_is_answered_or_refused_as_the_table_says() {
        Principals principals = new Principals(port, graphQl);
        String repId = workspace.rep("Matrix Rep");
        String poolId = workspace.pool("Matrix", List.of(repId));
        String formId = workspace.queueForm(poolId, "SHARK_TANK");
        Map<String, GraphQlClient> callers = new LinkedHashMap<>();
        callers.put("anonymous", GraphQlClient.anonymous(port));
        callers.put("widget", principals.widget(principals.widgetKey(formId)));
        callers.put("rep", principals.rep(repId));
        callers.put("admin", graphQl);
        for (String scope :
                List.of("leads:read", "leads:write", "setup:read", "setup:write", "metrics:read", "webhooks:write")) {
            callers.put(scope, GraphQlClient.withKey(port, principals.apiKey(scope), null));
        }
        callers.put("admin-key", GraphQlClient.withKey(port, principals.apiKey("admin"), null));
        Map<String, String> placeholders = Map.of("formId", formId, "repId", repId, "poolId", poolId);

        List<String> wrong = new ArrayList<>();
        GraphQLSchema schema = graphQlSource.schema();
        expected().forEach((operation, answers) -> {
            String document = document(schema, operation, placeholders);
            for (int i = 0; i < CALLERS.size(); i++) {
                String got = answer(
                        callers.get(CALLERS.get(i)).execute(document), operation.substring(operation.indexOf('.') + 1));
                if (!got.equals(answers.get(i))) {
                    wrong.add(operation + " as " + CALLERS.get(i) + ": expected " + answers.get(i) + ", got " + got);
                }
            }
        });

        assertThat(wrong).isEmpty();
    }

    /**
     * Every operation that takes an idempotency key, called by its first caller with a key and then by another caller
     * with the same key: the second gets nothing of the first's (no lead, booking, link or token of theirs), whatever
     * the key's text. The widgets belong to two forms; the keys hold leads:write each.
     */
    private static final String KEYS = """
            operation              first       second
            Mutation.submitLead    widget      other-widget
            Mutation.submitLead    leads:write other-key
            Mutation.submitLead    widget      admin
            Mutation.submitLead    admin       leads:write
            Mutation.bookMeeting   widget      other-widget
            Mutation.bookMeeting   leads:write other-key
            Mutation.bookMeeting   widget      admin
            """;

    private static final String SUBMIT = """
            mutation($input: SubmitLeadInput!) { submitLead(input: $input) {
              lead { id name email phone } assignment { outcome rep { email } } repeated errors { code field } } }""";
    private static final String BOOK = """
            mutation($input: BookMeetingInput!) { bookMeeting(input: $input) {
              booking { id inviteUrl } repeated link errors { code field } } }""";

    @Test
    void every_operation_that_takes_an_idempotency_key_has_rows_for_a_key_reused_by_another_caller() {
        GraphQLSchema schema = graphQlSource.schema();
        TreeSet<String> keyed = new TreeSet<>();
        // Mutations only: a query (simulateRouting takes a lead's input, key and all) stores nothing for a key to find.
        for (String operation : operations(schema).stream()
                .filter(op -> op.startsWith("Mutation."))
                .toList()) {
            String name = operation.substring(operation.indexOf('.') + 1);
            GraphQLObjectType root = operation.startsWith("Query.")
                    ? schema.getQueryType()
                    : operation.startsWith("Mutation.") ? schema.getMutationType() : schema.getSubscriptionType();
            for (GraphQLArgument argument : root.getFieldDefinition(name).getArguments()) {
                if (GraphQLTypeUtil.unwrapAll(argument.getType()) instanceof GraphQLInputObjectType input
                        && input.getField("idempotencyKey") != null) {
                    keyed.add(operation);
                }
            }
        }

        assertThat(keyed).isNotEmpty();
        assertThat(KEYS.lines()
                        .skip(1)
                        .map(l -> l.trim().split("\\s+")[0])
                        .filter(op -> !op.isEmpty())
                        .distinct()
                        .toList())
                .containsExactlyInAnyOrderElementsOf(keyed);
    }

    @Test
    void a_key_reused_by_another_caller_reaches_nothing_the_first_caller_made() {
        Principals principals = new Principals(port, graphQl);
        Booker booker = new Booker(graphQl);
        String repId = workspace.rep("Keys Rep");
        String poolId = workspace.pool("Keys", List.of(repId));
        String formId = workspace.queueForm(poolId, "SHARK_TANK");
        String otherFormId = workspace.queueForm(poolId, "SHARK_TANK");
        String meetingType = booker.meetingType(30, 0);
        Map<String, GraphQlClient> callers = new LinkedHashMap<>();
        callers.put("widget", principals.widget(principals.widgetKey(formId)));
        callers.put("other-widget", principals.widget(principals.widgetKey(otherFormId)));
        callers.put("admin", graphQl);
        callers.put("leads:write", GraphQlClient.withKey(port, principals.apiKey("leads:write"), null));
        callers.put("other-key", GraphQlClient.withKey(port, principals.apiKey("leads:write"), null));
        Map<String, String> forms = Map.of("widget", formId, "other-widget", otherFormId);

        List<String> leaked = new ArrayList<>();
        int row = 0;
        for (String line :
                KEYS.lines().skip(1).map(String::trim).filter(l -> !l.isEmpty()).toList()) {
            String[] cells = line.split("\\s+");
            String operation = cells[0];
            GraphQlClient first = callers.get(cells[1]);
            GraphQlClient second = callers.get(cells[2]);
            String key = "shared-key-" + row;
            Map<String, Object> lead = keyedLead(row, forms.getOrDefault(cells[1], null), poolId, key);
            JsonNode made = first.execute(SUBMIT, Map.of("input", lead)).at("/data/submitLead");
            assertThat(made.at("/errors").size()).as(line + ": " + made).isZero();
            assertThat(made.at("/lead/id").asString()).as(line + ": " + made).isNotEmpty();
            String theirLead = made.at("/lead/id").asString();
            List<JsonNode> answers = new ArrayList<>();
            List<String> secrets = new ArrayList<>(List.of(theirLead));
            if (operation.equals("Mutation.submitLead")) {
                // The very same lead, to the second caller's own form (or the same pool), with the first caller's key.
                answers.add(second.execute(
                        SUBMIT, Map.of("input", keyedLead(row, forms.getOrDefault(cells[2], null), poolId, key))));
            } else {
                Instant start = Booker.monday("09:00").plus(Duration.ofHours(row));
                JsonNode booked = first.execute(BOOK, Map.of("input", booking(theirLead, meetingType, start, key)))
                        .at("/data/bookMeeting");
                assertThat(booked.at("/errors").size()).as(line + ": " + booked).isZero();
                assertThat(booked.at("/booking/id").asString())
                        .as(line + ": " + booked)
                        .isNotEmpty();
                secrets.addAll(List.of(
                        booked.at("/booking/id").asString(),
                        booked.at("/booking/inviteUrl").asString(),
                        booked.at("/link").asString()));
                // Their lead with their key; a made-up lead with their key; the second caller's own lead with their
                // key.
                answers.add(second.execute(BOOK, Map.of("input", booking(theirLead, meetingType, start, key))));
                answers.add(second.execute(BOOK, Map.of("input", booking("made-up-" + row, meetingType, start, key))));
                String ownLead = second.execute(
                                SUBMIT,
                                Map.of("input", keyedLead(100 + row, forms.getOrDefault(cells[2], null), poolId, null)))
                        .at("/data/submitLead/lead/id")
                        .asString();
                answers.add(second.execute(
                        BOOK, Map.of("input", booking(ownLead, meetingType, start.plus(Duration.ofMinutes(30)), key))));
                JsonNode madeUp = answers.get(1).at("/data/bookMeeting");
                if (!Booker.errorCodes(madeUp).equals(List.of("NOT_FOUND"))) {
                    leaked.add(line + ": a made-up lead with their key answered " + answers.get(1));
                }
            }
            for (JsonNode answer : answers) {
                String text = answer.toString();
                secrets.stream()
                        .filter(secret -> !secret.isEmpty() && text.contains(secret))
                        .forEach(secret -> leaked.add(line + ": answered " + secret + " in " + text));
                if (answer.at("/data").toString().contains("\"repeated\":true")) {
                    leaked.add(line + ": answered as a repeat: " + text);
                }
            }
            row++;
        }

        assertThat(leaked).isEmpty();
    }

    /** A lead to the form (a widget's) or else to the pool, with the given key. */
    private static Map<String, Object> keyedLead(int n, String formId, String poolId, String key) {
        Map<String, Object> changes = new LinkedHashMap<>();
        if (formId != null) {
            changes.put("formId", formId);
            changes.put("startedAt", Instant.now().minusSeconds(30).toString());
        }
        if (key != null) {
            changes.put("idempotencyKey", key);
        }
        changes.put("phone", "+33 1 00 00 00 " + n);
        return Workspace.lead(formId == null ? poolId : null, n, changes);
    }

    private static Map<String, Object> booking(String leadId, String meetingTypeId, Instant start, String key) {
        return Map.of(
                "leadId",
                leadId,
                "meetingTypeId",
                meetingTypeId,
                "start",
                start.toString(),
                "timeZone",
                "Europe/Paris",
                "idempotencyKey",
                key);
    }

    private static Map<String, List<String>> expected() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        MATRIX.lines().skip(1).map(String::trim).filter(l -> !l.isEmpty()).forEach(line -> {
            List<String> cells =
                    new ArrayList<>(List.of(line.replace("|", " ").trim().split("\\s+")));
            rows.put(cells.remove(0), cells);
        });
        return rows;
    }

    private static String answer(JsonNode response, String field) {
        for (JsonNode error : response.path("errors")) {
            if (error.at("/path/0").asString("").equals(field)) {
                String code = error.at("/extensions/code").asString("");
                if (code.equals("UNAUTHENTICATED")) {
                    return "401";
                }
                if (code.equals("FORBIDDEN")) {
                    return "403";
                }
            }
        }
        return "ok";
    }

    static TreeSet<String> operations(GraphQLSchema schema) {
        TreeSet<String> operations = new TreeSet<>();
        for (GraphQLObjectType root :
                new GraphQLObjectType[] {schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()
                }) {
            if (root != null) {
                root.getFieldDefinitions().forEach(f -> operations.add(root.getName() + "." + f.getName()));
            }
        }
        return operations;
    }

    /**
     * The operation with placeholder values for every required argument, selecting only __typename. Ids the
     * caller's own (a form, a rep, a pool) are the ones the test made, so a data rule does not refuse them.
     */
    private static String document(GraphQLSchema schema, String operation, Map<String, String> placeholders) {
        String type = operation.substring(0, operation.indexOf('.'));
        String name = operation.substring(operation.indexOf('.') + 1);
        GraphQLObjectType root = type.equals("Query")
                ? schema.getQueryType()
                : type.equals("Mutation") ? schema.getMutationType() : schema.getSubscriptionType();
        GraphQLFieldDefinition field = root.getFieldDefinition(name);
        List<String> arguments = new ArrayList<>();
        for (GraphQLArgument argument : field.getArguments()) {
            if (GraphQLTypeUtil.isNonNull(argument.getType())) {
                arguments.add(
                        argument.getName() + ": " + literal(argument.getType(), argument.getName(), placeholders));
            }
        }
        boolean object = GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLObjectType;
        return type.toLowerCase() + " { " + name + (arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")")
                + (object ? " { __typename }" : "") + " }";
    }

    private static String literal(GraphQLInputType type, String name, Map<String, String> placeholders) {
        if (type instanceof GraphQLNonNull nonNull) {
            return literal((GraphQLInputType) nonNull.getWrappedType(), name, placeholders);
        }
        if (type instanceof GraphQLList) {
            return "[]";
        }
        if (type instanceof GraphQLEnumType enumeration) {
            return enumeration.getValues().get(0).getName();
        }
        if (type instanceof GraphQLInputObjectType object) {
            return object.getFields().stream()
                    .filter(f -> GraphQLTypeUtil.isNonNull(f.getType()) || FILLED_WHEN_OPTIONAL.contains(f.getName()))
                    .map((GraphQLInputObjectField f) ->
                            f.getName() + ": " + literal(f.getType(), f.getName(), placeholders))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        String scalar = ((GraphQLScalarType) type).getName();
        if (placeholders.containsKey(name)) {
            return JSON.writeValueAsString(placeholders.get(name));
        }
        return switch (scalar) {
            case "Int" -> "1";
            case "Float" -> "1.0";
            case "Boolean" -> "false";
            case "DateTime" -> "\"2026-01-01T00:00:00Z\"";
            case "Decimal" -> "\"1\"";
            default -> "\"x\"";
        };
    }
}
