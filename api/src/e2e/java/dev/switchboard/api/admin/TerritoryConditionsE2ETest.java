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
 * Territory conditions in the shared condition builder (conditions.js), in a real Chromium against the whole app on
 * the embedded database: built in the rules editor and in a pool member's filter, refused on the input at fault,
 * stored as the API's territories, shown again after a reload, and applied to the leads tested or routed afterwards.
 */
class TerritoryConditionsE2ETest {

    private static final String TERRITORY_NODES = "conditionNodes { path territories { country region postalPrefix postalFrom postalTo } }";

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
    void an_admin_builds_a_rule_on_territories_sees_it_again_after_a_reload_and_a_test_lead_in_them_takes_it() {
        String tess = createRep("Tess Territory", "tess@example.com");
        String ollie = createRep("Ollie Other", "ollie@example.com");
        createPool("Paris and Bavaria desk", tess);
        createPool("Everyone else", ollie);
        signIn();

        page.navigate(base + "/admin/#/routers/new");
        field("name").fill("By territory");
        button("Add a rule").click();
        field("rules[0].name").fill("Paris and Bavaria");
        button("Add territory condition").click();
        String first = "rules[0].when.all[0].territories[0]";
        assertThat(field(first + ".country")).isFocused();
        // The country picker takes an English name and keeps its ISO code, the form the API stores.
        page.keyboard().type("France");
        page.keyboard().press("Tab");
        assertThat(field(first + ".country")).hasValue("FR");
        assertThat(page.locator("#" + GraphQlIds.of(first + ".country") + "-name")).hasText("France (FR)");
        field(first + ".postal").selectOption("prefix");
        assertThat(field(first + ".postalPrefix")).isFocused();
        page.keyboard().type("75");
        button("Add another territory").click();
        String second = "rules[0].when.all[0].territories[1]";
        assertThat(field(second + ".country")).isFocused();
        page.keyboard().type("DE");
        field(second + ".region").fill("Bavaria");
        button("Add another territory").click();
        String third = "rules[0].when.all[0].territories[2]";
        field(third + ".country").fill("Atlantis");
        field(third + ".postal").selectOption("range");
        field(third + ".postalFrom").fill("10000");
        field(third + ".postalTo").fill("19999");
        field("rules[0].action.poolId").selectOption(new SelectOption().setLabel("Paris and Bavaria desk"));
        field("fallback.poolId").selectOption(new SelectOption().setLabel("Everyone else"));

        // A country the API does not know is refused on its own input, and nothing is saved.
        button("Create draft").click();
        assertThat(field(third + ".country")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#" + GraphQlIds.of(third + ".country") + "-error")).containsText("Atlantis is not a country");
        assertThat(page.locator(".error-summary")).containsText(third + ".country");
        assertThat(page).hasURL(Pattern.compile("#/routers/new$"));
        Assertions.assertThat(api.execute("{ routers { totalCount } }").at("/data/routers/totalCount").asInt()).isZero();

        button("Remove territory 3").click();
        button("Create draft").click();
        assertThat(page.getByText("Showing version 1")).isVisible();
        String routerId = page.url().replaceAll(".*#/routers/", "");
        JsonNode nodes = api.execute("query($id: ID!) { router(id: $id) { rules { " + TERRITORY_NODES + " } } }",
                Map.of("id", routerId)).at("/data/router/rules/0/conditionNodes");
        Assertions.assertThat(nodes.at("/1/path").asString()).isEqualTo("all[0]");
        JsonNode stored = nodes.at("/1/territories");
        Assertions.assertThat(stored.size()).isEqualTo(2);
        Assertions.assertThat(stored.at("/0/country").asString()).isEqualTo("FR");
        Assertions.assertThat(stored.at("/0/postalPrefix").asString()).isEqualTo("75");
        Assertions.assertThat(stored.at("/0/region").isNull()).isTrue();
        Assertions.assertThat(stored.at("/1/country").asString()).isEqualTo("DE");
        Assertions.assertThat(stored.at("/1/region").asString()).isEqualTo("Bavaria");
        Assertions.assertThat(stored.at("/1/postalPrefix").isNull()).isTrue();

        // Opened again, the editor shows what is stored.
        page.reload();
        assertThat(field(first + ".country")).hasValue("FR");
        assertThat(field(first + ".postal")).hasValue("prefix");
        assertThat(field(first + ".postalPrefix")).hasValue("75");
        assertThat(field(second + ".country")).hasValue("DE");
        assertThat(field(second + ".region")).hasValue("Bavaria");
        assertThat(field(second + ".postal")).hasValue("any");
        assertThat(field(third + ".country")).hasCount(0);
        assertThat(field("rules[0].when.all[0].field")).hasValue("TERRITORY");
        screenshot("rules-territory");
        fitsAndPassesAxe("the rules editor with a territory condition");

        // A lead in Paris takes the rule; one in Lyon misses it, and the explanation names the territory that failed.
        page.getByText("Test a lead with version 1").click();
        button("Create form").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Create a form"))).hasCount(0);
        field("name").fill("Paula Paris");
        field("email").fill("paula@prospect.example");
        field("country").fill("France");
        field("postalCode").fill("75011");
        button("Test this lead").click();
        Locator result = page.locator("section.result");
        assertThat(result).containsText("rule Paris and Bavaria");
        assertThat(result.locator(".decision")).containsText("Tess Territory");
        field("postalCode").fill("69001");
        button("Test this lead").click();
        assertThat(result.locator(".decision")).containsText("Ollie Other");
        assertThat(result.locator("ul.misses")).containsText("Paris and Bavaria");
        field("country").fill("DE");
        field("region").fill("bavaria");
        field("postalCode").fill("80331");
        button("Test this lead").click();
        assertThat(result.locator(".decision")).containsText("Tess Territory");
    }

    @Test
    void a_pool_members_filter_turned_into_a_territory_is_stored_and_routes_only_that_territorys_leads_to_them() {
        createRep("Sol Spain", "sol@example.com");
        createRep("Carl Catchall", "carl@example.com");
        signIn();

        page.navigate(base + "/admin/#/pools/new");
        field("name").fill("Iberia desk");
        for (String rep : List.of("Sol Spain", "Carl Catchall")) {
            page.locator("#add-member").selectOption(new SelectOption().setLabel(rep));
            button("Add member").click();
        }
        button("Filter Sol Spain's leads").click();
        String condition = "members[0].when.all[0]";
        // The country list's picker finds a country by its name and adds its code.
        page.getByLabel("Add a country").fill("Spain");
        page.getByLabel("Add a country").press("Enter");
        assertThat(field(condition + ".compare.values")).hasValue("ES");
        assertThat(page.getByLabel("Add a country")).hasValue("");
        assertThat(page).hasURL(Pattern.compile("#/pools/new$"));
        // Choosing Territory in the field picker turns the country condition into a territory, keeping its country.
        field(condition + ".compare.field").selectOption("TERRITORY");
        assertThat(field(condition + ".territories[0].country")).hasValue("ES");
        assertThat(field(condition + ".territories[0].country")).isFocused();
        field(condition + ".territories[0].postal").selectOption("range");
        field(condition + ".territories[0].postalFrom").fill("28000");
        field(condition + ".territories[0].postalTo").fill("08999");
        button("Create pool").click();
        assertThat(field(condition + ".territories[0].postalTo")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#" + GraphQlIds.of(condition + ".territories[0].postalTo") + "-error")).containsText("low to high");

        field(condition + ".territories[0].postalTo").fill("28999");
        button("Create pool").click();
        assertThat(page).hasURL(Pattern.compile("#/pools/(?!new$).+"));
        String poolId = page.url().replaceAll(".*#/pools/", "");
        JsonNode filter = api.execute("query($id: ID!) { pool(id: $id) { members { filterNodes { path territories { country postalFrom postalTo } } } } }",
                Map.of("id", poolId)).at("/data/pool/members/0/filterNodes");
        Assertions.assertThat(filter.at("/1/territories/0/country").asString()).isEqualTo("ES");
        Assertions.assertThat(filter.at("/1/territories/0/postalFrom").asString()).isEqualTo("28000");
        Assertions.assertThat(filter.at("/1/territories/0/postalTo").asString()).isEqualTo("28999");
        page.reload();
        assertThat(field(condition + ".territories[0].postal")).hasValue("range");
        assertThat(field(condition + ".territories[0].postalTo")).hasValue("28999");
        fitsAndPassesAxe("the pool editor with a territory filter");

        // A lead from Barcelona passes Sol over; one from Madrid may go to either member.
        JsonNode barcelona = submit(poolId, "Bruno Barcelona", "bruno@prospect.example", "ES", "08001");
        Assertions.assertThat(barcelona.at("/rep/name").asString()).isEqualTo("Carl Catchall");
        JsonNode madrid = submit(poolId, "Marta Madrid", "marta@prospect.example", "ES", "28013");
        Assertions.assertThat(madrid.at("/explanation/candidates").toString()).doesNotContain("FILTERED_OUT");
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

    /** Submits a lead straight to a pool; its assignment with the explanation's candidates. */
    private JsonNode submit(String poolId, String name, String email, String country, String postalCode) {
        JsonNode payload = api.execute("mutation($input: SubmitLeadInput!) { submitLead(input: $input) { "
                        + "assignment { rep { name } explanation { candidates { rep { name } skipped } } } errors { message } } }",
                Map.of("input", Map.of("poolId", poolId, "name", name, "email", email, "country", country, "postalCode", postalCode)))
                .at("/data/submitLead");
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
