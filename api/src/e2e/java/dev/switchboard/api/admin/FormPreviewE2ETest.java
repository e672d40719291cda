package dev.switchboard.api.admin;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
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
 * The form editor's live preview in a real Chromium against the whole app: the widget's own form element renders the
 * editor's unsaved definition as a prospect would see it (language, conditional and hidden fields, brand colour), and
 * nothing is saved or sent by it.
 */
class FormPreviewE2ETest {

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
    void the_preview_shows_the_unsaved_form_as_the_widget_would_and_reacts_to_answers_language_and_brand() {
        String rep = createRep("Pia Preview", "pia@example.com");
        String router = createRouter("Website router", rep);
        String form = createForm("Contact sales", router, Map.of(
                "languages", List.of("en", "fr"),
                "fields", List.of(
                        Map.of("key", "email", "kind", "EMAIL", "required", true, "label", words("Work email", "E-mail pro")),
                        Map.of("key", "name", "kind", "TEXT", "required", true, "label", words("Name", "Nom")),
                        Map.of("key", "companySize", "kind", "SELECT", "required", false,
                                "label", words("Company size", "Taille de l'entreprise"),
                                "options", List.of(Map.of("value", "1", "label", words("1-10", "1 à 10")),
                                        Map.of("value", "51", "label", words("51-200", "51 à 200")))),
                        Map.of("key", "budget", "kind", "NUMBER", "required", false, "label", words("Budget", "Budget"),
                                "showWhen", Map.of("field", "companySize", "operator", "EQUALS", "values", List.of("51"))),
                        Map.of("key", "source", "kind", "HIDDEN", "required", false, "fromParam", "utm_source"))));
        signIn();
        page.navigate(base + "/admin/#/settings/forms/" + form);
        Locator preview = page.locator("aside.form-preview switchboard-form");

        // As the widget shows it: the hidden field is not there, the conditional one waits for its answer.
        assertThat(preview.getByLabel("Work email")).isVisible();
        assertThat(preview.getByLabel("Company size")).isVisible();
        assertThat(preview.locator("[data-field=budget]")).isHidden();
        assertThat(preview.locator("[data-field=source]")).hasCount(0);

        // A field added in the editor appears in the preview before any save.
        button("Add a field").click();
        page.keyboard().type("phone");
        page.locator("#f-definition-fields-5-kind").selectOption("PHONE");
        page.locator("#f-definition-fields-5-label").fill("Phone number");
        assertThat(preview.getByLabel("Phone number")).isVisible();
        assertThat(preview.locator("#sb-f-phone")).hasAttribute("type", "tel");

        // Answering the select shows the field conditioned on it, and another answer hides it again.
        preview.getByLabel("Company size").selectOption("51");
        assertThat(preview.getByLabel("Budget")).isVisible();
        preview.getByLabel("Company size").selectOption("1");
        assertThat(preview.locator("[data-field=budget]")).isHidden();
        preview.getByLabel("Company size").selectOption("51");
        preview.getByLabel("Work email").fill("ada@prospect.example");

        // The brand colour and the language apply at once; what was answered stays.
        page.locator("#f-definition-brand-color").fill("#c2410c");
        assertThat(preview.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send")))
                .hasCSS("background-color", "rgb(194, 65, 12)");
        page.getByLabel("Preview language").selectOption("fr");
        assertThat(preview.getByLabel("Taille de l'entreprise")).hasValue("51");
        assertThat(preview.getByLabel("Budget")).isVisible();
        assertThat(preview.getByLabel("E-mail pro")).hasValue("ada@prospect.example");
        assertThat(preview.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Envoyer"))).isVisible();
        page.getByLabel("Preview language").selectOption("en");
        // The editor's label edits show as typed.
        page.locator("#f-definition-fields-3-label").fill("Yearly budget");
        assertThat(preview.getByLabel("Yearly budget")).isVisible();

        // The preview checks answers as the widget does, and sends nothing.
        preview.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send")).click();
        assertThat(preview.locator("#sb-f-name-err")).isVisible();
        preview.getByLabel("Name").fill("Ada Lovelace");
        preview.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send")).click();
        assertThat(page.locator("aside.form-preview [role=status]")).containsText("Nothing was sent");
        JsonNode stored = api.execute("query($id: ID!) { form(id: $id) { version } leads(first: 5) { edges { cursor } } }", Map.of("id", form));
        Assertions.assertThat(stored.at("/data/form/version").asInt()).as(stored.toString()).isEqualTo(1);
        Assertions.assertThat(stored.at("/data/leads/edges").size()).as(stored.toString()).isZero();

        // The window as the admin sees it: the fields being edited, and the preview kept beside them.
        page.locator("li.form-field").nth(2).evaluate("e => e.scrollIntoView({ block: 'start' })");
        screenshot("form-preview");
        Assertions.assertThat(violations()).isEmpty();

        // On a narrow window the preview sits below the editor, and nothing scrolls sideways.
        page.setViewportSize(390, 800);
        BoundingBox editor = page.locator("form.form-editor").boundingBox();
        BoundingBox aside = page.locator("aside.form-preview").boundingBox();
        Assertions.assertThat(aside.y).isGreaterThanOrEqualTo(editor.y + editor.height);
        Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
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

    private String createForm(String name, String router, Map<String, Object> definition) {
        JsonNode payload = api.execute("mutation($input: CreateFormInput!) { createForm(input: $input) { form { id } errors { field message } } }",
                Map.of("input", Map.of("name", name, "routerId", router, "definition", definition))).at("/data/createForm");
        Assertions.assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/form/id").asString();
    }

    private static List<Map<String, String>> words(String en, String fr) {
        return List.of(Map.of("language", "en", "text", en), Map.of("language", "fr", "text", fr));
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
            page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(name + ".png")));
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
