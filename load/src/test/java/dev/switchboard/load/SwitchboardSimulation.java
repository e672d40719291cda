package dev.switchboard.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load harness (docs/benchmarks.md). Against the packaged app it starts itself (embedded database in memory, or
 * {@code -Dload.mongodb-uri}), or an app already running at {@code -Dload.url}. Scenarios: the floor (one insert,
 * benchmark profile), {@code submitLead} with a widget key, {@code availableSlots}, {@code bookMeeting} of a slot
 * the submitted lead was offered, and the admin's list queries. {@code -Dload.mode}:
 * <ul>
 *   <li>{@code smoke} (default): each scenario a few times; every answer must be right (CI's check, no timings);
 *   <li>{@code closed}: {@code load.users} concurrent users per scenario for {@code load.seconds}, one scenario after
 *       another, for throughput (the floor first, so the ratio compares one run);
 *   <li>{@code open}: {@code load.rate} new requests a second for {@code load.seconds}, for latency.
 * </ul>
 * {@code -Dload.scenarios=floor,submitLead,...} picks scenarios (default all but {@code analytics}, which first submits
 * {@code load.analytics.leads} leads, 300 by default, then asks the admin's analytics query for the pool's week).
 */
public class SwitchboardSimulation extends Simulation {

    private static final String MODE = System.getProperty("load.mode", "smoke");
    private static final int USERS = Integer.getInteger("load.users", 16);
    private static final int SECONDS = Integer.getInteger("load.seconds", 30);
    private static final double RATE = Double.parseDouble(System.getProperty("load.rate", "50"));
    private static final List<String> SCENARIOS =
            Arrays.asList(System.getProperty("load.scenarios", "floor,submitLead,availableSlots,bookMeeting,adminLists")
                    .split(","));

    private static final AtomicLong LEADS = new AtomicLong();

    private final Switchboard started;
    private final Workspace workspace;

    public SwitchboardSimulation() {
        String url = System.getProperty("load.url");
        started = url == null
                ? Switchboard.app("load-app", blankToNull(System.getProperty("load.mongodb-uri")), Map.of())
                : null;
        workspace = Workspace.create(url == null ? started.url() : url, Integer.getInteger("load.reps", 3));

        HttpProtocolBuilder protocol = http.baseUrl(workspace.url())
                .contentTypeHeader("application/json")
                .acceptHeader("application/json")
                .shareConnections();

        List<ScenarioBuilder> chosen = new ArrayList<>();
        if (SCENARIOS.contains("floor")) {
            chosen.add(scenario("floor")
                    .exec(asAdmin("benchmarkFloor", "mutation { benchmarkFloor(note: \"load\") }")
                            .check(jsonPath("$.data.benchmarkFloor").is("true"))));
        }
        if (SCENARIOS.contains("submitLead")) {
            chosen.add(scenario("submitLead").exec(submitLead()));
        }
        if (SCENARIOS.contains("availableSlots")) {
            chosen.add(scenario("availableSlots").exec(availableSlots()));
        }
        if (SCENARIOS.contains("bookMeeting")) {
            // No slot offered (the instance BUSY with other slot queries): nothing to book this time.
            chosen.add(scenario("bookMeeting")
                    .exec(submitLeadOffered())
                    .doIf(session -> session.contains("slot"))
                    .then(bookMeeting()));
        }
        if (SCENARIOS.contains("adminLists")) {
            chosen.add(scenario("adminLists")
                    .exec(asAdmin(
                                    "leads",
                                    "{ leads(first: 20) { edges { node { id name email assignment { rep { name } } } } } }")
                            .check(jsonPath("$.data.leads.edges").exists()))
                    .exec(asAdmin("assignments", "{ assignments(first: 20) { edges { node { id outcome } } } }")
                            .check(jsonPath("$.data.assignments.edges").exists()))
                    .exec(asAdmin(
                                    "reps and pools",
                                    "{ reps(first: 100) { nodes { id name } } pools(first: 100) { nodes { id name members { rep { id } } } } }")
                            .check(jsonPath("$.data.reps").exists())));
        }

        if (SCENARIOS.contains("analytics")) {
            // The admin's analytics page over a busy week: load.analytics.leads leads first, then the one query.
            seedLeads(Integer.getInteger("load.analytics.leads", 300));
            chosen.add(scenario("analytics").exec(analytics()));
        }

        PopulationBuilder population = null;
        for (ScenarioBuilder scenario : chosen) {
            PopulationBuilder next = switch (MODE) {
                case "closed" ->
                    scenario.injectClosed(constantConcurrentUsers(USERS).during(SECONDS));
                case "open" -> scenario.injectOpen(constantUsersPerSec(RATE).during(SECONDS));
                default -> scenario.injectOpen(atOnceUsers(3));
            };
            population = population == null ? next : population.andThen(next);
        }
        setUp(population)
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        if (started != null) {
            started.close();
        }
    }

    private io.gatling.javaapi.http.HttpRequestActionBuilder asAdmin(String name, String query) {
        return http(name)
                .post("/graphql")
                .header("Authorization", "Bearer " + workspace.adminKey())
                .body(StringBody(Api.JSON.writeValueAsString(Map.of("query", query))))
                .check(status().is(200))
                .check(jsonPath("$.errors").notExists());
    }

    private static final String SUBMIT = "mutation($input: SubmitLeadInput!) { submitLead(input: $input) {"
            + " lead { id } assignment { outcome } errors { code } } }";

    private ChainBuilder submitLead() {
        return io.gatling.javaapi.core.CoreDsl.exec(http("submitLead")
                .post("/graphql")
                .header("Authorization", "Bearer " + workspace.widgetKey())
                .header("Origin", Workspace.ORIGIN)
                .body(StringBody(session -> leadBody(SUBMIT)))
                .check(status().is(200))
                .check(jsonPath("$.data.submitLead.assignment.outcome").is("ASSIGNED")));
    }

    private static final String SUBMIT_OFFERED = "mutation($input: SubmitLeadInput!, $type: ID) { submitLead(input:"
            + " $input) { lead { id } assignment { outcome } openSlots(days: 14, meetingTypeId: $type) { slots {"
            + " start } } errors { code } } }";

    /** A lead by API key, answered with the slots it may book (as the widget does after its form). */
    private ChainBuilder submitLeadOffered() {
        return io.gatling.javaapi.core.CoreDsl.exec(http("submitLead with openSlots")
                .post("/graphql")
                .header("Authorization", "Bearer " + workspace.adminKey())
                .body(StringBody(session -> leadBody(SUBMIT_OFFERED)))
                .check(status().is(200))
                .check(jsonPath("$.data.submitLead.lead.id").saveAs("leadId"))
                .check(jsonPath("$.data.submitLead.openSlots.slots[*].start")
                        .findRandom()
                        .optional()
                        .saveAs("slot")));
    }

    private ChainBuilder bookMeeting() {
        return io.gatling.javaapi.core.CoreDsl.exec(http("bookMeeting")
                .post("/graphql")
                .header("Authorization", "Bearer " + workspace.adminKey())
                .body(StringBody(session -> Api.JSON.writeValueAsString(Map.of(
                        "query",
                        "mutation($input: BookMeetingInput!) { bookMeeting(input: $input) { booking { id } errors {"
                                + " code } } }",
                        "variables",
                        Map.of(
                                "input",
                                Map.of(
                                        "leadId", session.getString("leadId"),
                                        "meetingTypeId", workspace.meetingTypeId(),
                                        "start", session.getString("slot"),
                                        "timeZone", "America/New_York"))))))
                .check(status().is(200))
                .check(jsonPath("$.errors").notExists())
                // Two leads may race for one slot: SLOT_TAKEN is a right answer, anything else is not.
                .check(jsonPath("$.data.bookMeeting.errors[?(@.code != 'SLOT_TAKEN')]")
                        .notExists()));
    }

    private ChainBuilder availableSlots() {
        return io.gatling.javaapi.core.CoreDsl.exec(http("availableSlots")
                .post("/graphql")
                .header("Authorization", "Bearer " + workspace.widgetKey())
                .header("Origin", Workspace.ORIGIN)
                .body(StringBody(session -> {
                    Instant from = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
                    return Api.JSON.writeValueAsString(Map.of(
                            "query",
                            "query($input: AvailableSlotsInput!) { availableSlots(input: $input) { slots { start"
                                    + " } truncated } }",
                            "variables",
                            Map.of(
                                    "input",
                                    Map.of(
                                            "poolId", workspace.poolId(),
                                            "meetingTypeId", workspace.meetingTypeId(),
                                            "from", from.toString(),
                                            "to", from.plus(Duration.ofDays(14)).toString(),
                                            "timeZone", "America/New_York"))));
                }))
                .check(status().is(200))
                // Past max-slot-queries at once an instance answers BUSY by design (docs/reliability.md): a right
                // answer under load, not in the smoke, where nothing else runs.
                .check(jsonPath(MODE.equals("smoke") ? "$.errors" : "$.errors[?(@.extensions.code != 'BUSY')]")
                        .notExists())
                .checkIf(session -> MODE.equals("smoke"))
                .then(jsonPath("$.data.availableSlots.slots[0].start").exists()));
    }

    private static final String ANALYTICS = "query($input: AnalyticsInput!) { analytics(input: $input) { analytics {"
            + " fairness { leads members { rep { id name } leads share targetShare } days { day rep { name } leads } }"
            + " speedToLead { fromMinutes toMinutes leads } conversionByRep { rep { name } leads meetings }"
            + " conversionBySource { source leads meetings } slaMoves { rep { name } moved escalated } }"
            + " errors { code field message } } }";

    /** The analytics page's query (pages/analytics.js) for the workspace's pool over the last week. */
    private ChainBuilder analytics() {
        return io.gatling.javaapi.core.CoreDsl.exec(http("analytics")
                .post("/graphql")
                .header("Authorization", "Bearer " + workspace.adminKey())
                .body(StringBody(session -> {
                    Instant to = Instant.now().plus(Duration.ofHours(1));
                    return Api.JSON.writeValueAsString(Map.of(
                            "query",
                            ANALYTICS,
                            "variables",
                            Map.of(
                                    "input",
                                    Map.of(
                                            "from", to.minus(Duration.ofDays(7)).toString(),
                                            "to", to.toString(),
                                            "poolId", workspace.poolId()))));
                }))
                .check(status().is(200))
                .check(jsonPath("$.errors").notExists())
                .check(jsonPath("$.data.analytics.analytics.fairness.leads").exists()));
    }

    /** Leads through the workspace's form before the scenarios start, so the analytics have a week to count. */
    private void seedLeads(int count) {
        Api admin = Api.withKey(workspace.url(), workspace.adminKey());
        for (int i = 0; i < count; i++) {
            admin.execute(SUBMIT, Map.of("input", leadInput()));
        }
    }

    private String leadBody(String document) {
        return Api.JSON.writeValueAsString(Map.of(
                "query", document, "variables", Map.of("input", leadInput(), "type", workspace.meetingTypeId())));
    }

    private Map<String, Object> leadInput() {
        long n = LEADS.incrementAndGet();
        Map<String, Object> input = new java.util.LinkedHashMap<>();
        input.put("formId", workspace.formId());
        input.put("name", "Load prospect " + n);
        input.put("email", "prospect" + n + "@load" + (n % 97) + ".example");
        input.put("company", "Load " + (n % 97));
        // The widget's bot check wants the form shown a while before it is sent.
        input.put("startedAt", Instant.now().minusSeconds(60).toString());
        return input;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
