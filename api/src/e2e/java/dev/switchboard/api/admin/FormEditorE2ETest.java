package dev.switchboard.api.admin;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
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

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The form editor in a real Chromium against the whole app on the embedded database: what an admin builds there is
 * what the widget is then told to show (widgetForm), and what the API refuses is shown on the input at fault.
 */
class FormEditorE2ETest {

    private static final String ORIGIN = "https://www.acme.example";
    private static final String WIDGET_FORM = """
            { widgetForm { version definition { languages
              fields { key kind required label { language text } options { value label { language text } }
                validation { min max } fromParam showWhen { field operator values } }
              thankYou { language text } noSlot { mode message { text } } brand { color } } } }""";

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
    void an_admin_builds_a_form_with_a_select_a_conditional_and_a_hidden_field_and_the_widget_is_told_exactly_that() {
        String rep = createRep("Fiona Form", "fiona@example.com");
        String router = createRouter("Website router", rep);
        signIn();
        page.navigate(base + "/admin/#/settings/forms");
        page.getByLabel("Form name").fill("Contact sales");
        page.getByLabel("Router").selectOption(router);
        button("Add form").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fields and messages of Contact sales")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Contact sales: fields and messages"))).isVisible();
        String form = api.execute("{ forms(first: 100) { nodes { id } } }").at("/data/forms/nodes/0/id").asString();
        String key = api.execute("mutation($input: CreateWidgetKeyInput!) { createWidgetKey(input: $input) { widgetKey { key } } }",
                Map.of("input", Map.of("formId", form, "allowedOrigins", List.of(ORIGIN)))).at("/data/createWidgetKey/widgetKey/key").asString();
        GraphQlClient widget = GraphQlClient.withKey(app.port(), key, ORIGIN);

        button("Start with email and name").click();
        page.locator("#new-language").fill("fr");
        button("Add language").click();
        page.locator("#f-definition-fields-0-label-fr").fill("E-mail pro");
        // A select with no option yet, a number shown only for one of its answers, a hidden field given a taken key.
        button("Add a field").click();
        page.locator("#f-definition-fields-2-key").fill("companySize");
        page.locator("#f-definition-fields-2-kind").selectOption("SELECT");
        page.locator("#f-definition-fields-2-label").fill("Company size");
        page.locator("#f-definition-fields-2-label-fr").fill("Taille de l'entreprise");
        button("Add a field").click();
        page.locator("#f-definition-fields-3-key").fill("budget");
        page.locator("#f-definition-fields-3-kind").selectOption("NUMBER");
        page.locator("#f-definition-fields-3-label").fill("Budget");
        page.locator("#f-definition-fields-3-validation-min").fill("0");
        page.locator("#f-definition-fields-3-showWhen-field").selectOption("companySize");
        page.locator("#f-definition-fields-3-showWhen-values").fill("51");
        button("Add a field").click();
        page.locator("#f-definition-fields-4-key").fill("budget");
        page.locator("#f-definition-fields-4-kind").selectOption("HIDDEN");
        page.locator("#f-definition-fields-4-fromParam").fill("utm_source");
        page.locator("#f-definition-thankYou").fill("Thanks, we'll be in touch");
        page.locator("#f-definition-noSlot-mode").selectOption("CONTACT_BY_REP");
        page.locator("#f-definition-noSlot-message").fill("{rep} will contact you shortly");
        page.locator("#f-definition-brand-color").fill("#1f6feb");

        button("Save as version 2").click();
        assertThat(page.locator("#f-definition-fields-2-options-error")).containsText("SELECT needs 1 to 100 options");
        assertThat(page.locator(".error-summary")).containsText("definition.fields[2].options");
        Assertions.assertThat(fieldsOf(widget)).isEmpty();

        button("Add an option to companySize").click();
        page.locator("#f-definition-fields-2-options-0-value").fill("1");
        page.locator("#f-definition-fields-2-options-0-label").fill("1-10");
        button("Add an option to companySize").click();
        page.locator("#f-definition-fields-2-options-1-value").fill("51");
        page.locator("#f-definition-fields-2-options-1-label").fill("51-200");
        button("Save as version 2").click();
        // Once every field is well formed, the whole is checked: the hidden field's key is the number's.
        Locator duplicate = page.locator("#f-definition-fields-4-key");
        assertThat(duplicate).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#f-definition-fields-4-key-error")).containsText("field budget is given twice");
        assertThat(page.locator("#f-definition-fields-2-options-error")).hasCount(0);
        screenshot("form-editor-error");
        Assertions.assertThat(fieldsOf(widget)).isEmpty();
        Assertions.assertThat(widget.execute(WIDGET_FORM).at("/data/widgetForm/version").asInt()).isEqualTo(1);

        duplicate.fill("source");
        button("Save as version 2").click();
        assertThat(page.getByText("Version 2 saved")).isVisible();
        JsonNode shown = widget.execute(WIDGET_FORM).at("/data/widgetForm");
        Assertions.assertThat(shown.at("/version").asInt()).isEqualTo(2);
        Assertions.assertThat(keys(shown.at("/definition/fields"))).containsExactly("email", "name", "companySize", "budget", "source");
        JsonNode fields = shown.at("/definition/fields");
        Assertions.assertThat(shown.at("/definition/languages").toString()).isEqualTo("[\"en\",\"fr\"]");
        Assertions.assertThat(fields.at("/0/label").toString()).contains("E-mail pro");
        Assertions.assertThat(fields.at("/2/kind").asString()).isEqualTo("SELECT");
        Assertions.assertThat(fields.at("/2/options/1/value").asString()).isEqualTo("51");
        Assertions.assertThat(fields.at("/2/options/1/label/0/text").asString()).isEqualTo("51-200");
        Assertions.assertThat(fields.at("/2/label").toString()).contains("Taille de l'entreprise");
        Assertions.assertThat(fields.at("/3/showWhen/field").asString()).isEqualTo("companySize");
        Assertions.assertThat(fields.at("/3/showWhen/operator").asString()).isEqualTo("EQUALS");
        Assertions.assertThat(fields.at("/3/showWhen/values/0").asString()).isEqualTo("51");
        Assertions.assertThat(fields.at("/3/validation/min").asDouble()).isZero();
        Assertions.assertThat(fields.at("/4/kind").asString()).isEqualTo("HIDDEN");
        Assertions.assertThat(fields.at("/4/fromParam").asString()).isEqualTo("utm_source");
        Assertions.assertThat(shown.at("/definition/noSlot/mode").asString()).isEqualTo("CONTACT_BY_REP");
        Assertions.assertThat(shown.at("/definition/brand/color").asString()).isEqualTo("#1f6feb");

        // The keyboard reorders: the hidden field goes up above the number, and the next version keeps that order.
        button("Move source up").click();
        assertThat(button("Move source up")).isFocused();
        button("Save as version 3").click();
        assertThat(page.getByText("Version 3 saved")).isVisible();
        Assertions.assertThat(keys(widget.execute(WIDGET_FORM).at("/data/widgetForm/definition/fields")))
                .containsExactly("email", "name", "companySize", "source", "budget");
        Locator history = page.locator("table.versions tbody tr");
        assertThat(history).hasCount(3);
        assertThat(history.first()).containsText("live");
        screenshot("form-editor");
        Assertions.assertThat(violations()).isEmpty();

        // Another admin saves meanwhile: this page's save is refused and says so, and their version stands.
        api.execute("mutation($input: UpdateFormInput!) { updateForm(input: $input) { errors { message } } }",
                Map.of("input", Map.of("formId", form, "name", "Contact sales (theirs)", "routerId", router)));
        page.locator("#f-definition-fields-1-label").fill("Full name");
        button("Save as version 4").click();
        assertThat(page.getByText("Not saved: someone else saved this form while you were editing.")).isVisible();
        Assertions.assertThat(api.execute("{ form(id: \"" + form + "\") { name version } }").at("/data/form/name").asString())
                .isEqualTo("Contact sales (theirs)");
        button("Reload the latest version").click();
        assertThat(button("Save as version 5")).isVisible();
        assertThat(page.locator("#f-name")).hasValue("Contact sales (theirs)");
    }

    private static JsonNode fieldsOf(GraphQlClient widget) {
        return widget.execute(WIDGET_FORM).at("/data/widgetForm/definition/fields");
    }

    private static List<String> keys(JsonNode fields) {
        List<String> keys = new ArrayList<>();
        fields.forEach(f -> keys.add(f.at("/key").asString()));
        return keys;
    }

    private List<String> violations() {
        List<String> serious = new ArrayList<>();
        for (Rule rule : new AxeBuilder(page).analyze().getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                serious.add(rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
        return serious;
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

    private String createRouter(String name, String rep) {
        return api.execute("mutation($input: CreateRouterInput!) { createRouter(input: $input) { router { id } } }",
                Map.of("input", Map.of("name", name, "rules", List.of(),
                        "fallback", Map.of("type", "ROUTE_TO_REP", "repId", rep)))).at("/data/createRouter/router/id").asString();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private void screenshot(String name) {
        Path folder = repositoryRoot().resolve("docs/screenshots");
        try {
            Files.createDirectories(folder);
            page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")).setFullPage(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.isDirectory(here.resolve("web-admin"))) {
            here = here.getParent();
        }
        return here == null ? Path.of("").toAbsolutePath() : here;
    }
}
