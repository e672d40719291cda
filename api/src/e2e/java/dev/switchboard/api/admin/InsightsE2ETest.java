package dev.switchboard.api.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The insight pages in a real Chromium against the whole app: a router published and a draft replayed with its
 * chart, the version diff, a pool's standings, bookings and the outbox's retry, and analytics of leads submitted
 * through the API; each page scanned by axe and fitted to a narrow window.
 */
class InsightsE2ETest {

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
        app = RunningApp.start(Map.of("switchboard.embedded-mongo.storage", "memory", "switchboard.sla.enabled", false));
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
    void an_admin_publishes_a_router_replays_a_draft_reads_standings_bookings_the_outbox_and_analytics() {
        String ada = createRep("Ada Lovelace", "ada@insights.example");
        String grace = createRep("Grace Hopper", "grace@insights.example");
        String pool = ok(
                        api.execute(
                                """
                mutation($input: CreatePoolInput!) { createPool(input: $input) { pool { id } errors { message } } }""",
                                Map.of(
                                        "input",
                                        Map.of(
                                                "name",
                                                "EMEA",
                                                "strategy",
                                                "EQUAL_DISTRIBUTION",
                                                "members",
                                                List.of(Map.of("repId", ada), Map.of("repId", grace))))),
                        "/data/createPool")
                .at("/pool/id")
                .asString();
        String router = ok(
                        api.execute(
                                """
                mutation($input: CreateRouterInput!) { createRouter(input: $input) { router { id } errors { message } } }""",
                                Map.of(
                                        "input",
                                        Map.of(
                                                "name",
                                                "Inbound",
                                                "rules",
                                                List.of(Map.of(
                                                        "name",
                                                        "Germany",
                                                        "when",
                                                        Map.of("compare", Map.of("field", "COUNTRY", "operator", "IN", "values", List.of("DE"))),
                                                        "action",
                                                        Map.of("type", "ROUTE_TO_REP", "repId", ada))),
                                                "fallback",
                                                Map.of("type", "ROUTE_TO_POOL", "poolId", pool)))),
                        "/data/createRouter")
                .at("/router/id")
                .asString();
        String form = api.execute(
                        "mutation($input: CreateFormInput!) { createForm(input: $input) { form { id } } }",
                        Map.of("input", Map.of("name", "Website", "routerId", router)))
                .at("/data/createForm/form/id")
                .asString();
        api.execute(
                """
                mutation($input: CreateMeetingTypeInput!) { createMeetingType(input: $input) { meetingType { id } } }""",
                Map.of("input", Map.of("name", "Intro call", "durationMinutes", 30)));

        signIn();

        // The admin publishes version 1 in the editor.
        page.navigate(base + "/admin/#/routers/" + router);
        button("Publish version 1").first().click();
        assertThat(page.getByText("Version 1 is live", new Page.GetByTextOptions().setExact(false)).first())
                .isVisible();
        Assertions.assertThat(liveVersion(router)).isEqualTo(1);

        // Leads come in through the API and are routed by version 1.
        List<String> leads = new ArrayList<>();
        JsonNode slots = null;
        for (int n = 0; n < 6; n++) {
            JsonNode submitted = ok(
                    api.execute(
                            """
                mutation($input: SubmitLeadInput!) { submitLead(input: $input) { lead { id }
                  openSlots(days: 14) { meetingType { id } slots { start } } errors { message } } }""",
                            Map.of(
                                    "input",
                                    Map.of(
                                            "formId",
                                            form,
                                            "name",
                                            "Prospect " + n,
                                            "email",
                                            "p" + n + "@acme.example",
                                            "country",
                                            n % 2 == 0 ? "DE" : "FR",
                                            "source",
                                            n < 3 ? "ads" : "webinar"))),
                    "/data/submitLead");
            leads.add(submitted.at("/lead/id").asString());
            slots = submitted.at("/openSlots");
        }

        // A draft that sends Germany to the pool too: version 2, replayed over the leads, then published from there.
        ok(
                api.execute(
                        """
                mutation($input: ReviseRouterInput!) { reviseRouter(input: $input) { router { version } errors { message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "routerId",
                                        router,
                                        "router",
                                        Map.of(
                                                "name",
                                                "Inbound",
                                                "rules",
                                                List.of(),
                                                "fallback",
                                                Map.of("type", "ROUTE_TO_POOL", "poolId", pool))))),
                "/data/reviseRouter");
        page.navigate(base + "/admin/#/routers/" + router + "/replay?version=2");
        button("Replay version 2").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Version 2 over 6 leads")))
                .isVisible();
        Locator canvas = page.locator("sb-bar-chart canvas");
        assertThat(canvas).isVisible();
        Assertions.assertThat((Boolean) canvas.evaluate("c => c.width > 0 && c.height > 0")).isTrue();
        Locator changes = page.locator("table.changes tbody tr");
        Assertions.assertThat(changes.count()).isPositive();
        assertThat(changes.first()).containsText("→");
        screenshot("replay");
        violations("#/routers/" + router + "/replay");
        button("Publish version 2").click();
        assertThat(page.getByText("Version 2 is live now.")).isVisible();
        Assertions.assertThat(liveVersion(router)).isEqualTo(2);

        // The diff between the two versions: the rule removed, side by side with nothing.
        page.navigate(base + "/admin/#/routers/" + router + "/history?from=1&to=2");
        assertThat(page.getByText("Rule \"Germany\"")).isVisible();
        assertThat(page.locator(".badge.removed")).isVisible();
        assertThat(page.locator("pre").first()).containsText("country in DE");

        // The pool's standings: counts, shares and who is next.
        page.navigate(base + "/admin/#/pools/" + pool);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Standings now")))
                .isVisible();
        assertThat(page.locator("table.standings tbody tr")).hasCount(2);
        assertThat(page.getByText("Why the next lead goes to", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        screenshot("standings", page.locator("sb-pool-standings"));

        // A booking for the first lead: listed on the bookings page, its mail in the outbox, retried from there.
        String meetingType = slots.at("/meetingType/id").asString();
        ok(
                api.execute(
                        """
                mutation($input: BookMeetingInput!) { bookMeeting(input: $input) { booking { id } errors { message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "leadId",
                                        leads.get(1),
                                        "meetingTypeId",
                                        meetingType,
                                        "start",
                                        slots.at("/slots/0/start").asString(),
                                        "timeZone",
                                        "Europe/Berlin"))),
                "/data/bookMeeting");
        page.navigate(base + "/admin/#/bookings");
        assertThat(page.locator("table.bookings")).containsText("Prospect 1");
        Locator retry = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Retry booked now"));
        if (retry.count() > 0) {
            retry.first().click();
            assertThat(page.getByText("due again now", new Page.GetByTextOptions().setExact(false)))
                    .isVisible();
        } else {
            // The mail already left (a mail server is configured): nothing to retry, and the outbox says it was sent.
            assertThat(page.locator("table.outbox").last()).containsText("Sent");
        }
        screenshot("bookings");

        // Analytics for the pool: the fairness chart of the leads submitted above.
        page.navigate(base + "/admin/#/analytics");
        page.locator("#f-poolId").selectOption(new SelectOption().setLabel("EMEA"));
        button("Show").click();
        assertThat(page.locator("#fairness-chart canvas")).isVisible();
        assertThat(button("Show")).isEnabled();
        assertThat(page.locator("#fairness-h + sb-bar-chart + table")).containsText("Ada Lovelace");
        assertThat(page.locator("#fairness-h + sb-bar-chart + table")).containsText("Grace Hopper");
        screenshot("analytics");

        // A rep's calendar: connected from its page, checked, and shown failing with its last error.
        page.navigate(base + "/admin/#/reps/" + grace);
        // A feed the app itself does not serve: answered at once with an error, not retried.
        page.locator("#f-calendar-icsFeed-url").fill(base + "/no-such-feed.ics");
        button("Connect").click();
        assertThat(page.getByText("Calendar connected.", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        button("Check now").click();
        assertThat(page.getByText("The calendar did not answer", new Page.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(page.locator("sb-rep-calendar .badge.off")).hasText("Failing");
        Assertions.assertThat(api.execute("query($id: ID!) { rep(id: $id) { calendarHealth { ok lastError } } }",
                                Map.of("id", grace))
                        .at("/data/rep/calendarHealth/ok")
                        .asBoolean())
                .isFalse();
        screenshot("rep-calendar", page.locator("sb-rep-calendar"));

        List<String> found = new ArrayList<>();
        for (String route : List.of(
                "#/reps/" + grace,
                "#/analytics",
                "#/bookings",
                "#/pools/" + pool,
                "#/routers/" + router + "/history",
                "#/routers/" + router + "/replay")) {
            page.navigate(base + "/admin/" + route);
            assertThat(page.locator("main h1")).isVisible();
            assertThat(page.getByText("Loading…")).hasCount(0);
            found.addAll(violations(route));
        }
        Assertions.assertThat(found).isEmpty();

        page.setViewportSize(390, 800);
        for (String route : List.of("#/analytics", "#/bookings", "#/pools/" + pool, "#/routers/" + router + "/history")) {
            page.navigate(base + "/admin/" + route);
            assertThat(page.locator("main h1")).isVisible();
            assertThat(page.getByText("Loading…")).hasCount(0);
            Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("%s fits 390 pixels without scrolling sideways; too wide: %s", route, tooWide())
                    .isTrue();
        }
    }

    /** The elements that reach past the window's right edge, to say what makes a page scroll sideways. */
    private String tooWide() {
        return String.valueOf(page.evaluate(
                "() => [...document.querySelectorAll('body *')].filter(e => !e.parentElement.closest('table')"
                        + " && e.getBoundingClientRect().right > innerWidth + 1)"
                        + ".slice(0, 8).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')"
                        + " + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')"));
    }

    private static JsonNode ok(JsonNode response, String at) {
        JsonNode payload = response.at(at);
        Assertions.assertThat(payload.at("/errors").size()).as(response.toString()).isZero();
        return payload;
    }

    private static int liveVersion(String router) {
        return api.execute("query($id: ID!) { router(id: $id) { liveVersion } }", Map.of("id", router))
                .at("/data/router/liveVersion")
                .asInt();
    }

    private static String createRep(String name, String email) {
        return api.execute(
                        "mutation($input: CreateRepInput!) { createRep(input: $input) { rep { id } } }",
                        Map.of("input", Map.of("name", name, "email", email, "timeZone", "Europe/Paris")))
                .at("/data/createRep/rep/id")
                .asString();
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
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")))
                .isVisible();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
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

    private void screenshot(String name, Locator part) {
        Path folder = repositoryRoot().resolve("docs/screenshots");
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        part.screenshot(new Locator.ScreenshotOptions().setPath(folder.resolve(name + ".png")));
    }

    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.isDirectory(here.resolve("web-admin"))) {
            here = here.getParent();
        }
        return here == null ? Path.of("").toAbsolutePath() : here;
    }
}
