package dev.switchboard.api.admin;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.switchboard.api.GraphQlClient;
import dev.switchboard.api.RunningApp;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The admin UI in a real Chromium against the whole app on the embedded database: everything it shows and saves
 * goes through the GraphQL API, which the tests read back to prove it.
 */
class AdminE2ETest {

    private static RunningApp app;
    private static Chromium chromium;
    private static GraphQlClient api;
    private static String base;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void start() {
        // Shared build machines can be slow; the assertions wait for the page rather than a fixed time.
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        chromium = Chromium.launch();
        app = RunningApp.start(Map.of(
                "switchboard.embedded-mongo.storage", "memory",
                "switchboard.sla.enabled", false));
        api = app.graphQl();
        base = "http://localhost:" + app.port();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        context = chromium.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        page = context.newPage();
    }

    @AfterEach
    void closeBrowser() {
        context.close();
    }

    @Test
    void an_admin_signs_in_creates_reps_a_pool_and_a_router_with_nested_conditions_tests_a_lead_and_publishes() {
        signIn();

        // Reps, and one rep's working hours.
        addRep("Ada Lovelace", "ada@example.com");
        addRep("Grace Hopper", "grace@example.com");
        addRep("Alan Turing", "alan@example.com");
        // Each rep's leads and meetings today: Ada's lead counts once it is routed to her.
        Locator adasRow = page.locator("tr", new Page.LocatorOptions().setHasText("Ada Lovelace"));
        assertThat(adasRow.locator("[data-today=leads]")).hasText("0");
        String adaOnly = createPool("Ada's desk", List.of(repId("Ada Lovelace")));
        submit(Map.of("poolId", adaOnly, "name", "Lin Park", "email", "lin@park.example", "company", "Park"));
        page.reload();
        assertThat(adasRow.locator("[data-today=leads]")).hasText("1");
        assertThat(adasRow.locator("[data-today=meetings]")).hasText("0");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Grace Hopper")).locator("[data-today=leads]"))
                .hasText("0");
        screenshot("reps");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ada Lovelace")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ada Lovelace"))).isVisible();
        page.locator("tr", new Page.LocatorOptions().setHasText("Saturday")).getByText("Add hours").click();
        button("Save hours and time off").click();
        assertThat(page.getByText("Working hours and time off saved.")).isVisible();
        String adaId = repId("Ada Lovelace");
        Assertions.assertThat(api.execute("query($id: ID!) { availability(repId: $id) { weekly { saturday { start end } } } }",
                Map.of("id", adaId)).at("/data/availability/weekly/saturday/0/start").asString()).isEqualTo("09:00");

        // A pool: members reordered by dragging, weights, a strategy.
        page.navigate(base + "/admin/#/pools");
        page.getByText("New pool").click();
        field("name").fill("EMEA");
        page.locator("#strategy-WEIGHTED_ROUND_ROBIN").check();
        for (String rep : List.of("Ada Lovelace", "Grace Hopper", "Alan Turing")) {
            page.locator("#add-member").selectOption(new SelectOption().setLabel(rep));
            button("Add member").click();
        }
        field("members[1].weight").fill("3");
        page.locator("ol.members li").nth(2).locator(".handle").dragTo(page.locator("ol.members li").nth(0));
        assertThat(page.locator("ol.members .member-name")).hasText(new String[]{"Alan Turing", "Ada Lovelace", "Grace Hopper"});
        page.getByLabel("Move Grace Hopper up").click();
        assertThat(page.locator("ol.members .member-name")).hasText(new String[]{"Alan Turing", "Grace Hopper", "Ada Lovelace"});
        screenshot("pools");
        button("Create pool").click();
        assertThat(page).hasURL(Pattern.compile("#/pools/.+"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("EMEA"))).isVisible();
        JsonNode pool = named(api.execute("{ pools(first: 100) { nodes { id name strategy members { rep { name } weight } } } }").at("/data/pools/nodes"), "EMEA");
        Assertions.assertThat(pool.at("/strategy").asString()).isEqualTo("WEIGHTED_ROUND_ROBIN");
        Assertions.assertThat(pool.at("/members/0/rep/name").asString()).isEqualTo("Alan Turing");
        Assertions.assertThat(pool.at("/members/1/rep/name").asString()).isEqualTo("Grace Hopper");
        Assertions.assertThat(pool.at("/members/1/weight").asInt()).isEqualTo(3);

        // A router: country in FR, DE and (more than 500 employees or in software) goes to the pool; else Alan.
        page.navigate(base + "/admin/#/routers");
        page.getByText("New router").click();
        field("name").fill("Inbound");
        button("Add a rule").click();
        field("rules[0].name").fill("Big EMEA");
        Locator rule = page.locator("li.rule").first();
        rule.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add condition")).first().click();
        field("rules[0].when.all[0].compare.values").fill("FR, DE");
        rule.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add group")).first().click();
        Locator nested = rule.locator(".group .group");
        nested.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add condition")).click();
        field("rules[0].when.all[1].any[0].compare.field").selectOption("EMPLOYEES");
        field("rules[0].when.all[1].any[0].compare.operator").selectOption("GREATER_THAN");
        field("rules[0].when.all[1].any[0].compare.values").fill("500");
        nested.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add condition")).click();
        field("rules[0].when.all[1].any[1].compare.field").selectOption("INDUSTRY");
        field("rules[0].when.all[1].any[1].compare.operator").selectOption("EQUALS");
        field("rules[0].when.all[1].any[1].compare.values").fill("Software");
        field("rules[0].action.poolId").selectOption(new SelectOption().setLabel("EMEA"));
        field("fallback.type").selectOption("ROUTE_TO_REP");
        field("fallback.repId").selectOption(new SelectOption().setLabel("Alan Turing"));
        button("Create draft").click();
        assertThat(page.getByText("Showing version 1")).isVisible();
        screenshot("rules-editor");
        String routerId = page.url().replaceAll(".*#/routers/", "");

        // Test a lead against the draft, through a form made on the way.
        page.getByText("Test a lead with version 1").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create form")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Create a form"))).hasCount(0);
        assertThat(page.locator("#target option:checked")).hasText("Website (Inbound)");
        assertThat(page.locator("#version")).hasValue("1");
        field("name").fill("Zoe Martin");
        field("email").fill("zoe@bigco.fr");
        field("country").fill("FR");
        field("employees").fill("1200");
        button("Test this lead").click();
        Locator result = page.locator("section.result");
        assertThat(result).containsText("rule Big EMEA");
        assertThat(result.locator("tr.chosen")).hasCount(1);
        screenshot("test-a-lead");
        field("employees").fill("20");
        button("Test this lead").click();
        assertThat(result).containsText("fallback");
        assertThat(result.locator("ul.misses")).containsText("Big EMEA");
        Assertions.assertThat(api.execute("{ leads(first: 100) { edges { node { name } } } }").at("/data/leads/edges")
                .findValues("name").stream().map(JsonNode::asString)).doesNotContain("Zoe Martin");

        // Publish.
        page.navigate(base + "/admin/#/routers/" + routerId);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish version 1")).first().click();
        assertThat(page.getByText("Version 1 is live")).isVisible();
        JsonNode router = api.execute("query($id: ID!) { router(id: $id) { liveVersion rules { condition { ... on ConditionGroup { join "
                + "conditions { __typename ... on ConditionGroup { join conditions { __typename } } } } } } } }", Map.of("id", routerId)).at("/data/router");
        Assertions.assertThat(router.at("/liveVersion").asInt()).isEqualTo(1);
        Assertions.assertThat(router.at("/rules/0/condition/join").asString()).isEqualTo("ALL");
        Assertions.assertThat(router.at("/rules/0/condition/conditions/1/join").asString()).isEqualTo("ANY");
        Assertions.assertThat(router.at("/rules/0/condition/conditions/1/conditions").size()).isEqualTo(2);
    }

    @Test
    void a_bad_value_in_the_rules_editor_shows_the_apis_error_on_that_field_and_saves_nothing() {
        createRep("Bea Bad", "bea@example.com");
        signIn();
        page.navigate(base + "/admin/#/routers/new");
        field("name").fill("Refused router");
        button("Add a rule").click();
        page.locator("li.rule").first().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add condition")).click();
        field("rules[0].when.all[0].compare.field").selectOption("EMPLOYEES");
        field("rules[0].when.all[0].compare.operator").selectOption("BETWEEN");
        field("rules[0].when.all[0].compare.values").fill("500");
        field("rules[0].when.all[0].compare.values[1]").fill("10");
        field("fallback.type").selectOption("ROUTE_TO_REP");
        field("fallback.repId").selectOption(new SelectOption().setLabel("Bea Bad"));
        button("Create draft").click();

        Locator error = page.locator("#" + GraphQlIds.of("rules[0].when.all[0].compare.values") + "-error");
        assertThat(error).containsText("BETWEEN takes the low value first");
        assertThat(field("rules[0].when.all[0].compare.values")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator(".error-summary")).containsText("rules[0].when.all[0].compare.values");
        assertThat(page).hasURL(Pattern.compile("#/routers/new$"));
        Assertions.assertThat(api.execute("{ routers(first: 100) { nodes { name } } }").at("/data/routers/nodes").findValues("name").stream().map(JsonNode::asString))
                .doesNotContain("Refused router");
    }

    @Test
    void the_routing_log_shows_a_lead_submitted_through_the_api_live_and_the_admin_reassigns_it_with_a_reason() {
        String lin = createRep("Lin Live", "lin@example.com");
        String max = createRep("Max Moved", "max@example.com");
        String poolId = api.execute("mutation($input: CreatePoolInput!) { createPool(input: $input) { pool { id } errors { message } } }",
                Map.of("input", Map.of("name", "Live pool", "members", List.of(Map.of("repId", lin), Map.of("repId", max)))))
                .at("/data/createPool/pool/id").asString();
        signIn();
        page.navigate(base + "/admin/#/log");
        assertThat(page.getByText("Live: new decisions appear at the top")).isVisible();

        api.execute("mutation($input: SubmitLeadInput!) { submitLead(input: $input) { lead { id } errors { message } } }",
                Map.of("input", Map.of("poolId", poolId, "name", "Nora Live", "email", "nora@prospect.example", "company", "Prospect SA")));
        Locator row = page.locator("table.log tbody tr", new Page.LocatorOptions().setHasText("Nora Live"));
        assertThat(row).isVisible();
        assertThat(row).containsText("Lin Live");
        screenshot("routing-log");

        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nora Live")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Why it went there"))).isVisible();
        field("repId").selectOption(new SelectOption().setLabel("Max Moved"));
        field("reason").fill("She asked for a French speaker");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reassign")).click();
        assertThat(page.getByText("Reassigned.")).isVisible();
        assertThat(page.locator("ol.history")).containsText("She asked for a French speaker");
        assertThat(page.getByText("Owned by")).containsText("Max Moved");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit log")).click();
        Locator entry = page.locator("table.audit tbody tr", new Page.LocatorOptions().setHasText("reassignLead"));
        assertThat(entry).containsText(GraphQlClient.ADMIN_EMAIL);
        entry.getByText("Before and after").click();
        assertThat(entry).containsText("She asked for a French speaker");
    }

    @Test
    void a_rep_signs_in_sees_only_their_pages_claims_a_lead_from_a_shark_tank_queue_and_accepts_a_lead() {
        String rita = createRep("Rita Rep", "rita@example.com");
        String sam = createRep("Sam Shark", "sam@example.com");
        String sharks = createPool("Shark pool", List.of(rita, sam));
        String ritaOnly = createPool("Rita only", List.of(rita));
        String routerId = api.execute("mutation($input: CreateRouterInput!) { createRouter(input: $input) { router { id } errors { message } } }",
                Map.of("input", Map.of("name", "Sharks", "rules", List.of(),
                        "fallback", Map.of("type", "SEND_TO_QUEUE", "poolId", sharks, "queueMode", "SHARK_TANK"))))
                .at("/data/createRouter/router/id").asString();
        api.execute("mutation($input: PublishRouterInput!) { publishRouter(input: $input) { errors { message } } }",
                Map.of("input", Map.of("routerId", routerId, "version", 1)));
        String form = api.execute("mutation($input: CreateFormInput!) { createForm(input: $input) { form { id } } }",
                Map.of("input", Map.of("name", "Shark form", "routerId", routerId))).at("/data/createForm/form/id").asString();
        submit(Map.of("formId", form, "name", "Quinn Queue", "email", "quinn@prospect.example", "company", "Queue Corp"));
        String pending = submit(Map.of("poolId", ritaOnly, "name", "Pia Pending", "email", "pia@prospect.example"));
        api.execute("mutation($input: CreateUserInput!) { createUser(input: $input) { errors { message } } }",
                Map.of("input", Map.of("email", "rita@example.com", "password", "rita's own password", "role", "REP", "repId", rita)));

        page.navigate(base + "/admin/");
        page.getByLabel("Email").fill("rita@example.com");
        page.getByLabel("Password").fill("rita's own password");
        button("Sign in").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My leads"))).isVisible();
        Locator nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"));
        assertThat(nav.getByRole(AriaRole.LINK)).hasText(new String[]{"My leads", "Claim queues", "My bookings", "My availability"});

        nav.getByText("Claim queues").click();
        button("Claim Quinn Queue").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Quinn Queue"))).isVisible();
        assertThat(page.getByText("Owned by")).containsText("Rita Rep");
        screenshot("rep-claimed-lead");

        nav.getByText("My leads").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Pia Pending")).click();
        button("Accept this lead").click();
        assertThat(page.getByText("Accepted: the lead is yours.")).isVisible();
        Assertions.assertThat(api.execute("query($id: ID!) { lead(id: $id) { assignment { current { owner { name } accepted } } } }",
                Map.of("id", pending)).at("/data/lead/assignment/current/accepted").asBoolean()).isTrue();
    }

    @Test
    void the_main_pages_have_no_serious_or_critical_accessibility_violations_and_fit_a_narrow_window() {
        String rep = createRep("Ida Access", "ida@example.com");
        String poolId = api.execute("mutation($input: CreatePoolInput!) { createPool(input: $input) { pool { id } } }",
                Map.of("input", Map.of("name", "Access pool", "members", List.of(Map.of("repId", rep))))).at("/data/createPool/pool/id").asString();
        String routerId = api.execute("mutation($input: CreateRouterInput!) { createRouter(input: $input) { router { id } } }",
                Map.of("input", Map.of("name", "Access router", "rules", List.of(Map.of("name", "France",
                        "when", Map.of("any", List.of(Map.of("compare", Map.of("field", "COUNTRY", "operator", "IN", "values", List.of("FR"))))),
                        "action", Map.of("type", "ROUTE_TO_POOL", "poolId", poolId))),
                        "fallback", Map.of("type", "ROUTE_TO_REP", "repId", rep)))).at("/data/createRouter/router/id").asString();
        api.execute("mutation($input: SubmitLeadInput!) { submitLead(input: $input) { lead { id } } }",
                Map.of("input", Map.of("to", Map.of("poolId", poolId), "name", "Ola Access", "email", "ola@prospect.example")));

        List<String> found = new ArrayList<>();
        page.navigate(base + "/admin/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sign in to Switchboard"))).isVisible();
        found.addAll(violations("sign-in"));
        signIn();
        for (String route : List.of("#/reps", "#/reps/" + rep, "#/pools", "#/pools/" + poolId, "#/routers", "#/routers/" + routerId,
                "#/test", "#/log", "#/queues", "#/audit", "#/account")) {
            page.navigate(base + "/admin/" + route);
            assertThat(page.locator("main h1")).isVisible();
            assertThat(page.getByText("Loading…")).hasCount(0);
            found.addAll(violations(route));
        }
        Assertions.assertThat(found).isEmpty();

        page.setViewportSize(390, 800);
        for (String route : List.of("#/reps", "#/pools/" + poolId, "#/routers/" + routerId, "#/log")) {
            page.navigate(base + "/admin/" + route);
            assertThat(page.getByText("Loading…")).hasCount(0);
            Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("%s fits 390 pixels without scrolling sideways", route).isTrue();
        }
    }

    private List<String> violations(String where) {
        List<String> serious = new ArrayList<>();
        for (Rule rule : new AxeBuilder(page).analyze().getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                serious.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
        return serious;
    }

    private void signIn() {
        page.navigate(base + "/admin/");
        page.getByLabel("Email").fill(GraphQlClient.ADMIN_EMAIL);
        page.getByLabel("Password").fill(GraphQlClient.ADMIN_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
    }

    private void addRep(String name, String email) {
        page.navigate(base + "/admin/#/reps");
        field("name").fill(name);
        field("email").fill(email);
        field("timeZone").fill("Europe/Paris");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add rep")).click();
        assertThat(page.getByText(name + " added.")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name))).isVisible();
    }

    private String createRep(String name, String email) {
        return api.execute("mutation($input: CreateRepInput!) { createRep(input: $input) { rep { id } } }",
                Map.of("input", Map.of("name", name, "email", email, "timeZone", "Europe/Paris"))).at("/data/createRep/rep/id").asString();
    }

    private String createPool(String name, List<String> reps) {
        return api.execute("mutation($input: CreatePoolInput!) { createPool(input: $input) { pool { id } } }",
                Map.of("input", Map.of("name", name, "members", reps.stream().map(id -> Map.of("repId", id)).toList())))
                .at("/data/createPool/pool/id").asString();
    }

    private String submit(Map<String, Object> lead) {
        return api.execute("mutation($input: SubmitLeadInput!) { submitLead(input: $input) { lead { id } errors { message } } }",
                Map.of("input", lead)).at("/data/submitLead/lead/id").asString();
    }

    private String repId(String name) {
        for (JsonNode rep : api.execute("{ reps(first: 100) { nodes { id name } } }").at("/data/reps/nodes")) {
            if (rep.at("/name").asString().equals(name)) {
                return rep.at("/id").asString();
            }
        }
        throw new AssertionError("no rep " + name);
    }

    private static JsonNode named(JsonNode list, String name) {
        for (JsonNode item : list) {
            if (item.at("/name").asString().equals(name)) {
                return item;
            }
        }
        throw new AssertionError("nothing named " + name + " in " + list);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator field(String path) {
        return page.locator("#" + GraphQlIds.of(path));
    }

    private void screenshot(String name) {
        Path folder = repositoryRoot().resolve("docs/screenshots");
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")).setFullPage(true));
    }

    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.isDirectory(here.resolve("web-admin"))) {
            here = here.getParent();
        }
        return here == null ? Path.of("").toAbsolutePath() : here;
    }

    /** The admin names each input after the API's input path (ui.js idFor), so an error's field finds its input. */
    static final class GraphQlIds {
        static String of(String path) {
            return "f-" + path.replaceAll("[^A-Za-z0-9_-]+", "-");
        }
    }
}
