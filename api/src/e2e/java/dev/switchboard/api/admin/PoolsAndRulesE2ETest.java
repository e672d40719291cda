package dev.switchboard.api.admin;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The pool editor's accept deadline and member filters, and the rules editor's owner routing, pass-over and own
 * qualification, in a real Chromium against the whole app on the embedded database; what they save is read back
 * through the GraphQL API, and the leads routed afterwards show it applied.
 */
class PoolsAndRulesE2ETest {

    private static RunningApp app;
    private static Chromium chromium;
    private static GraphQlClient api;
    private static String base;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void start() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        chromium = Chromium.launch();
        // The SLA's background mover is off: the test reads the deadline a lead gets, not what happens after it.
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
    void an_admin_sets_a_pools_accept_deadline_and_a_members_filter_and_the_api_and_the_next_leads_answer_them() {
        createRep("Bea Benelux", "bea@example.com");
        createRep("Carl Catchall", "carl@example.com");
        createRep("Esme Escalation", "esme@example.com");
        signIn();

        page.navigate(base + "/admin/#/pools/new");
        field("name").fill("Benelux desk");
        for (String rep : List.of("Bea Benelux", "Carl Catchall")) {
            page.locator("#add-member").selectOption(new SelectOption().setLabel(rep));
            button("Add member").click();
        }
        button("Filter Bea Benelux's leads").click();
        assertThat(field("members[0].when.all[0].compare.field")).isFocused();
        assertThat(field("members[0].when.all[0].compare.operator")).hasValue("IN");
        field("members[0].when.all[0].compare.values").fill("BE, NL, LU");
        page.getByLabel("A member must accept a lead in time, or it moves on").check();
        field("acceptSla.acceptWithinMinutes").fill("15");
        field("acceptSla.maxMoves").fill("2");
        page.getByLabel("After the last move, escalate to").selectOption(new SelectOption().setLabel("Esme Escalation"));
        screenshot("pool-sla");
        button("Create pool").click();

        assertThat(page).hasURL(Pattern.compile("#/pools/.+"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Benelux desk"))).isVisible();
        String poolId = page.url().replaceAll(".*#/pools/", "");
        JsonNode pool = pool(poolId);
        Assertions.assertThat(pool.at("/acceptSla/acceptWithinMinutes").asInt()).isEqualTo(15);
        Assertions.assertThat(pool.at("/acceptSla/maxMoves").asInt()).isEqualTo(2);
        Assertions.assertThat(pool.at("/acceptSla/escalateToRep/name").asString()).isEqualTo("Esme Escalation");
        Assertions.assertThat(pool.at("/members/0/filter/conditions/0/field").asString()).isEqualTo("COUNTRY");
        Assertions.assertThat(pool.at("/members/0/filter/conditions/0/values").valueStream().map(JsonNode::asString))
                .containsExactly("BE", "NL", "LU");
        Assertions.assertThat(pool.at("/members/1/filter").isNull()).isTrue();
        // The page shows what is stored.
        assertThat(field("members[0].when.all[0].compare.values")).hasValue("BE, NL, LU");
        assertThat(field("acceptSla.acceptWithinMinutes")).hasValue("15");
        fitsAndPassesAxe("the pool editor with a filter and a deadline");

        // Leads routed from then on: a French lead passes Bea over (filtered out), and each gets its accept deadline.
        JsonNode french = submit(poolId, "Fleur Paris", "fleur@prospect.example", "FR");
        Assertions.assertThat(french.at("/rep/name").asString()).isEqualTo("Carl Catchall");
        Assertions.assertThat(french.at("/explanation/candidates/0/skipped").asString()).isEqualTo("FILTERED_OUT");
        Assertions.assertThat(french.at("/current/acceptBy").isNull()).as(french.toString()).isFalse();
        JsonNode belgian = submit(poolId, "Bram Gent", "bram@prospect.example", "BE");
        Assertions.assertThat(belgian.at("/rep/name").asString()).isIn("Bea Benelux", "Carl Catchall");

        // A filter the API refuses shows on its input and changes nothing.
        field("members[0].when.all[0].compare.field").selectOption("EMPLOYEES");
        field("members[0].when.all[0].compare.operator").selectOption("GREATER_THAN");
        field("members[0].when.all[0].compare.values").fill("many");
        button("Save pool").click();
        assertThat(field("members[0].when.all[0].compare.values")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator(".error-summary")).containsText("members[0].when.all[0].compare.values");
        Assertions.assertThat(pool(poolId).at("/members/0/filter/conditions/0/field").asString()).isEqualTo("COUNTRY");

        // A deadline out of range: the pool's definition is saved, the SLA is refused on its field and kept.
        field("members[0].when.all[0].compare.values").fill("50");
        field("acceptSla.acceptWithinMinutes").fill("20000");
        button("Save pool").click();
        assertThat(page.locator(".error-summary")).containsText("The pool was saved, but not its SLA");
        assertThat(page.locator("#" + GraphQlIds.of("acceptSla.acceptWithinMinutes") + "-error")).containsText("10080");
        assertThat(field("acceptSla.acceptWithinMinutes")).hasAttribute("aria-invalid", "true");
        JsonNode after = pool(poolId);
        Assertions.assertThat(after.at("/members/0/filter/conditions/0/field").asString()).isEqualTo("EMPLOYEES");
        Assertions.assertThat(after.at("/acceptSla/acceptWithinMinutes").asInt()).isEqualTo(15);

        // Turning the deadline off removes it.
        page.getByLabel("A member must accept a lead in time, or it moves on").uncheck();
        button("Save pool").click();
        assertThat(page.getByText("Pool saved.")).isVisible();
        Assertions.assertThat(pool(poolId).at("/acceptSla").isNull()).isTrue();
    }

    @Test
    void a_rule_sending_a_returning_person_to_their_earlier_leads_owner_is_saved_and_a_test_lead_shows_it_taken() {
        String olive = createRep("Olive Owner", "olive@example.com");
        String rita = createRep("Rita Rotation", "rita@example.com");
        String oliveOnly = createPool("Olive only", olive);
        createPool("Inbound pool", rita);
        // An earlier lead of the same person, owned by Olive.
        JsonNode earlier = submit(oliveOnly, "Sam Again", "sam@returning.example", "FR");
        Assertions.assertThat(earlier.at("/rep/name").asString()).isEqualTo("Olive Owner");
        signIn();

        page.navigate(base + "/admin/#/routers/new");
        field("name").fill("Returning people");
        button("Add a rule").click();
        field("rules[0].name").fill("Returning customers");
        field("rules[0].action.type").selectOption("ROUTE_TO_LEAD_OWNER");
        field("rules[0].action.matchWithinDays").fill("30");
        page.getByLabel("Match the same phone number too, not only the same email").check();
        assertThat(field("rules[0].action.fallback.type").locator("option[value=ROUTE_TO_LEAD_OWNER]")).hasCount(0);
        field("rules[0].action.fallback.poolId").selectOption(new SelectOption().setLabel("Inbound pool"));
        button("Add a rule").click();
        field("rules[1].name").fill("Everyone else");
        field("rules[1].action.poolId").selectOption(new SelectOption().setLabel("Olive only"));
        field("rules[1].action.whenPassedOver").selectOption("FALLBACK");
        field("fallback.poolId").selectOption(new SelectOption().setLabel("Inbound pool"));
        assertThat(field("fallback.whenPassedOver")).hasCount(0);
        page.getByLabel("This router's own, kept with each version").check();
        field("qualification.titleKeywords").fill("student\nintern");
        field("qualification.hotAt").fill("40");
        field("qualification.warmAt").fill("10");
        button("Add a scoring rule").click();
        field("qualification.scoringRules[0].name").fill("Big company");
        field("qualification.scoringRules[0].points").fill("20");
        page.locator("li.scoring-rule").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add condition")).click();
        field("qualification.scoringRules[0].when.all[0].compare.field").selectOption("EMPLOYEES");
        field("qualification.scoringRules[0].when.all[0].compare.operator").selectOption("GREATER_THAN");
        field("qualification.scoringRules[0].when.all[0].compare.values").fill("500");
        button("Create draft").click();
        assertThat(page.getByText("Showing version 1")).isVisible();
        screenshot("rules-lead-owner");
        String routerId = page.url().replaceAll(".*#/routers/", "");

        JsonNode router = api.execute("query($id: ID!) { router(id: $id) { rules { name action { type matchByPhone matchWithinDays "
                        + "whenPassedOver pool { name } fallback { type pool { name } } } } fallback { type whenPassedOver pool { name } } "
                        + "qualification { titleKeywords hotAt warmAt scoringRules { name points conditionNodes { path field operator values } } } } }",
                Map.of("id", routerId)).at("/data/router");
        Assertions.assertThat(router.at("/rules/0/action/type").asString()).isEqualTo("ROUTE_TO_LEAD_OWNER");
        Assertions.assertThat(router.at("/rules/0/action/matchByPhone").asBoolean()).isTrue();
        Assertions.assertThat(router.at("/rules/0/action/matchWithinDays").asInt()).isEqualTo(30);
        Assertions.assertThat(router.at("/rules/0/action/fallback/pool/name").asString()).isEqualTo("Inbound pool");
        Assertions.assertThat(router.at("/rules/1/action/whenPassedOver").asString()).isEqualTo("FALLBACK");
        Assertions.assertThat(router.at("/fallback/whenPassedOver").asString()).isNotIn("FALLBACK", "NEXT_RULE");
        Assertions.assertThat(router.at("/qualification/titleKeywords").valueStream().map(JsonNode::asString))
                .containsExactly("student", "intern");
        Assertions.assertThat(router.at("/qualification/hotAt").asInt()).isEqualTo(40);
        Assertions.assertThat(router.at("/qualification/scoringRules/0/points").asInt()).isEqualTo(20);
        Assertions.assertThat(router.at("/qualification/scoringRules/0/conditionNodes/1/field").asString()).isEqualTo("EMPLOYEES");
        // Opened again, the editor shows what is stored.
        page.reload();
        assertThat(field("rules[0].action.type")).hasValue("ROUTE_TO_LEAD_OWNER");
        assertThat(field("rules[0].action.matchWithinDays")).hasValue("30");
        assertThat(field("rules[1].action.whenPassedOver")).hasValue("FALLBACK");
        assertThat(field("qualification.titleKeywords")).hasValue("student\nintern");
        fitsAndPassesAxe("the rules editor with a lead-owner rule and its own qualification");

        // The same person again goes to the owner of their earlier lead, with no rotation turn.
        page.getByText("Test a lead with version 1").click();
        button("Create form").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Create a form"))).hasCount(0);
        field("name").fill("Sam Again");
        field("email").fill("sam@returning.example");
        button("Test this lead").click();
        Locator result = page.locator("section.result");
        assertThat(result).containsText("rule Returning customers");
        assertThat(result.locator(".decision")).containsText("Olive Owner");
        assertThat(result).containsText("Earlier lead matched");
        screenshot("test-a-lead-owner");
        // A new person has no earlier lead: the rule's own fallback, the inbound pool, takes them.
        field("email").fill("newcomer@prospect.example");
        field("name").fill("Nina New");
        button("Test this lead").click();
        assertThat(result.locator(".decision")).containsText("Rita Rotation");
    }

    @Test
    void two_admins_edit_one_router_the_later_save_is_refused_as_stale_a_reload_shows_the_others_and_the_diff_says_what_they_changed() {
        String tess = createRep("Tess Shared", "tess@example.com");
        String inbound = createPool("Shared inbound", tess);
        Map<String, Object> toInbound = Map.of("type", "ROUTE_TO_POOL", "poolId", inbound);
        JsonNode created = api.execute("mutation($input: CreateRouterInput!) { createRouter(input: $input) { router { id } errors { message } } }",
                Map.of("input", Map.of("name", "Shared router", "fallback", toInbound, "rules", List.of(
                        Map.of("name", "Returning people", "action", Map.of("type", "ROUTE_TO_LEAD_OWNER", "matchWithinDays", 90,
                                "fallback", toInbound)),
                        Map.of("name", "Everyone else", "action", toInbound))))).at("/data/createRouter");
        Assertions.assertThat(created.at("/errors").size()).as(created.toString()).isZero();
        String router = created.at("/router/id").asString();
        signIn();
        page.navigate(base + "/admin/#/routers/" + router);
        assertThat(page.getByText("Showing version 1")).isVisible();

        // Another admin saves version 2 meanwhile: lead owners matched by phone too over 30 days, the last rule
        // falling through, and the router's own qualification.
        JsonNode theirs = otherAdmin("other.rules@example.com").execute(
                "mutation($input: ReviseRouterInput!) { reviseRouter(input: $input) { router { version } errors { code message } } }",
                Map.of("input", Map.of("routerId", router, "expectedVersion", 1, "router", Map.of("name", "Shared router",
                        "fallback", toInbound, "rules", List.of(
                                Map.of("name", "Returning people", "action", Map.of("type", "ROUTE_TO_LEAD_OWNER", "matchWithinDays", 30,
                                        "matchByPhone", true, "fallback", toInbound)),
                                Map.of("name", "Everyone else", "action", Map.of("type", "ROUTE_TO_POOL", "poolId", inbound,
                                        "whenPassedOver", "NEXT_RULE"))),
                        "qualification", Map.of("titleKeywords", List.of("student"), "hotAt", 50, "warmAt", 20))))).at("/data/reviseRouter");
        Assertions.assertThat(theirs.at("/router/version").asInt()).as(theirs.toString()).isEqualTo(2);

        // This page's save, made from version 1, is refused; the edits stay on the page and version 2 stands.
        field("rules[0].action.matchWithinDays").fill("60");
        button("Save as new draft").click();
        Locator stale = page.locator(".error-summary.stale");
        assertThat(stale).containsText("Not saved: someone else saved this router while you were editing.");
        assertThat(stale).containsText("changed since version 1");
        assertThat(field("rules[0].action.matchWithinDays")).hasValue("60");
        JsonNode stored = api.execute("query($id: ID!) { router(id: $id) { version rules { action { matchWithinDays } } } }",
                Map.of("id", router)).at("/data/router");
        Assertions.assertThat(stored.at("/version").asInt()).isEqualTo(2);
        Assertions.assertThat(stored.at("/rules/0/action/matchWithinDays").asInt()).isEqualTo(30);
        screenshot("rules-stale");
        fitsAndPassesAxe("the rules editor refusing a stale save");

        // The reload shows theirs, and a save made from it lands as version 3.
        button("Reload the latest version").click();
        assertThat(page.getByText("Showing version 2")).isVisible();
        assertThat(stale).hasCount(0);
        assertThat(field("rules[0].action.matchWithinDays")).hasValue("30");
        assertThat(field("rules[1].action.whenPassedOver")).hasValue("NEXT_RULE");
        assertThat(field("qualification.titleKeywords")).hasValue("student");
        field("rules[0].action.matchWithinDays").fill("60");
        button("Save as new draft").click();
        assertThat(page.getByText("Saved as version 3, a draft.")).isVisible();

        // The diff from 1 to 2 says, in words, each thing the other admin changed.
        page.navigate(base + "/admin/#/routers/" + router + "/history?from=1&to=2");
        Locator returning = page.locator("ul.diff-list > li").filter(new Locator.FilterOptions().setHasText("Rule \"Returning people\""));
        assertThat(returning.locator("ul.changes")).containsText("Then, earlier leads from the last: 90 days → 30 days");
        assertThat(returning.locator("ul.changes"))
                .containsText("Then, earlier leads matched by: the same email only → the same email or the same phone number");
        assertThat(returning.locator("pre").last()).containsText("30 days");
        Locator everyoneElse = page.locator("ul.diff-list > li").filter(new Locator.FilterOptions().setHasText("Rule \"Everyone else\""));
        assertThat(everyoneElse.locator("ul.changes"))
                .containsText("Then, when the pool passes every member over: Leave the lead unassigned → Try the rules after this one");
        Locator qualification = page.locator("ul.diff-list > li").filter(new Locator.FilterOptions().setHasText("Qualification"));
        assertThat(qualification.locator("ul.changes")).containsText("Qualification: the workspace's (Settings › Qualification) → this router's own");
        assertThat(qualification.locator("ul.changes")).containsText("Title keywords: now student");
        assertThat(qualification.locator("ul.changes")).containsText("Hot from score: now 50");
        assertThat(page.locator("sb-router-history p[role=status]")).containsText("2 changed");
        screenshot("rules-diff");
        fitsAndPassesAxe("the diff of two router versions");
        // From 2 to 3: only this page's own change.
        page.locator("#diff-from").selectOption("2");
        page.locator("#diff-to").selectOption("3");
        assertThat(page.locator("ul.diff-list ul.changes li")).hasCount(1);
        assertThat(page.locator("ul.diff-list ul.changes")).containsText("Then, earlier leads from the last: 30 days → 60 days");
    }

    @Test
    void two_admins_edit_one_pool_the_later_save_is_refused_as_stale_and_a_reload_shows_the_others() {
        String una = createRep("Una Shared", "una@example.com");
        String vic = createRep("Vic Shared", "vic@example.com");
        String pool = api.execute("mutation($input: CreatePoolInput!) { createPool(input: $input) { pool { id } } }",
                        Map.of("input", Map.of("name", "Shared desk", "members", List.of(Map.of("repId", una), Map.of("repId", vic)))))
                .at("/data/createPool/pool/id").asString();
        signIn();
        page.navigate(base + "/admin/#/pools/" + pool);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Shared desk"))).isVisible();

        // Another admin gives Una weight 3 meanwhile.
        JsonNode theirs = otherAdmin("other.pools@example.com").execute(
                "mutation($input: SetMemberWeightInput!) { setMemberWeight(input: $input) { pool { version } errors { code message } } }",
                Map.of("input", Map.of("poolId", pool, "repId", una, "weight", 3, "expectedVersion", 0))).at("/data/setMemberWeight");
        Assertions.assertThat(theirs.at("/errors").size()).as(theirs.toString()).isZero();

        // This page's save, made from the pool as it was, is refused; the edits stay and Una's weight 3 stands.
        field("name").fill("Shared desk (mine)");
        field("members[1].weight").fill("2");
        button("Save pool").click();
        Locator stale = page.locator(".error-summary.stale");
        assertThat(stale).containsText("Not saved: someone else saved this pool while you were editing.");
        assertThat(stale).containsText("changed since version 0");
        assertThat(field("name")).hasValue("Shared desk (mine)");
        assertThat(field("members[1].weight")).hasValue("2");
        JsonNode stored = weights(pool);
        Assertions.assertThat(stored.at("/name").asString()).isEqualTo("Shared desk");
        Assertions.assertThat(stored.at("/members/0/weight").asInt()).isEqualTo(3);
        Assertions.assertThat(stored.at("/members/1/weight").asInt()).isEqualTo(1);

        // The reload shows theirs; a save made from it lands, and so does the next (with a deadline, set on its own).
        button("Reload the latest version").click();
        assertThat(stale).hasCount(0);
        assertThat(field("members[0].weight")).hasValue("3");
        assertThat(field("name")).hasValue("Shared desk");
        field("members[1].weight").fill("2");
        button("Save pool").click();
        assertThat(page.getByText("Pool saved.")).isVisible();
        Assertions.assertThat(weights(pool).at("/members/1/weight").asInt()).isEqualTo(2);
        page.getByLabel("A member must accept a lead in time, or it moves on").check();
        field("acceptSla.acceptWithinMinutes").fill("20");
        button("Save pool").click();
        assertThat(page.getByText("Pool saved.")).isVisible();
        field("name").fill("Shared desk (renamed)");
        button("Save pool").click();
        assertThat(page.getByText("Pool saved.")).isVisible();
        assertThat(stale).hasCount(0);
        JsonNode after = weights(pool);
        Assertions.assertThat(after.at("/name").asString()).isEqualTo("Shared desk (renamed)");
        Assertions.assertThat(after.at("/acceptSla/acceptWithinMinutes").asInt()).isEqualTo(20);
    }

    /** A second admin, signed in on its own session, as another person editing at the same time. */
    private GraphQlClient otherAdmin(String email) {
        String password = "the other admin's password";
        JsonNode user = api.execute("mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } errors { message } } }",
                Map.of("input", Map.of("email", email, "password", password, "role", "ADMIN"))).at("/data/createUser");
        Assertions.assertThat(user.at("/errors").size()).as(user.toString()).isZero();
        return GraphQlClient.signedIn(app.port(), email, password);
    }

    private JsonNode weights(String id) {
        return api.execute("query($id: ID!) { pool(id: $id) { name version members { weight } acceptSla { acceptWithinMinutes } } }",
                Map.of("id", id)).at("/data/pool");
    }

    /** The innermost elements reaching past the window's right edge, to say what to mend. */
    private static final String TOO_WIDE = "Array.from(document.querySelectorAll('main *'))"
            + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1"
            + " && !Array.from(e.children).some(c => c.getBoundingClientRect().right > window.innerWidth + 1))"
            + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().width)"
            + " + 'px at ' + Math.round(e.getBoundingClientRect().left)).join('; ')";

    /** No serious or critical axe violation, and the page fits 390 pixels without scrolling sideways. */
    private void fitsAndPassesAxe(String what) {
        List<String> serious = new ArrayList<>();
        for (Rule rule : new AxeBuilder(page).analyze().getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                serious.add(rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
        Assertions.assertThat(serious).as(what).isEmpty();
        page.setViewportSize(390, 800);
        try {
            Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("%s fits 390 pixels without scrolling sideways; too wide: %s", what, page.evaluate(TOO_WIDE))
                    .isTrue();
        } finally {
            page.setViewportSize(1280, 800);
        }
    }

    private JsonNode pool(String id) {
        return api.execute("query($id: ID!) { pool(id: $id) { acceptSla { acceptWithinMinutes maxMoves escalateToRep { name } } "
                + "members { rep { name } filter { ... on ConditionGroup { join conditions { ... on FieldCondition { field operator values } } } } } } }",
                Map.of("id", id)).at("/data/pool");
    }

    private void signIn() {
        page.navigate(base + "/admin/");
        page.getByLabel("Email").fill(GraphQlClient.ADMIN_EMAIL);
        page.getByLabel("Password").fill(GraphQlClient.ADMIN_PASSWORD);
        button("Sign in").click();
        assertThat(button("Sign out")).isVisible();
    }

    private String createRep(String name, String email) {
        return api.execute("mutation($input: CreateRepInput!) { createRep(input: $input) { rep { id } } }",
                Map.of("input", Map.of("name", name, "email", email, "timeZone", "Europe/Paris"))).at("/data/createRep/rep/id").asString();
    }

    private String createPool(String name, String rep) {
        return api.execute("mutation($input: CreatePoolInput!) { createPool(input: $input) { pool { id } } }",
                Map.of("input", Map.of("name", name, "members", List.of(Map.of("repId", rep)))))
                .at("/data/createPool/pool/id").asString();
    }

    /** Submits a lead straight to a pool; its assignment with the explanation's candidates and the accept deadline. */
    private JsonNode submit(String poolId, String name, String email, String country) {
        JsonNode payload = api.execute("mutation($input: SubmitLeadInput!) { submitLead(input: $input) { "
                        + "assignment { rep { name } current { acceptBy } explanation { candidates { rep { name } skipped } } } errors { message } } }",
                Map.of("input", Map.of("poolId", poolId, "name", name, "email", email, "country", country))).at("/data/submitLead");
        Assertions.assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/assignment");
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
