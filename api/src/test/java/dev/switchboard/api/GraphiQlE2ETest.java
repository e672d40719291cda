package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import dev.switchboard.api.browser.Browsers;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GraphiQL, the first page README sends a newcomer to, works in a real browser with no internet: everything it
 * loads comes from the app, and it runs queries as whoever uses it, with a key in its headers tab or a signed-in
 * session.
 */
class GraphiQlE2ETest extends ApiTest {

    private static final String RESPONSE = ".graphiql-response .CodeMirror";

    private Browsers browsers;

    @BeforeEach
    void openBrowser() {
        browsers = Browsers.start();
    }

    @AfterEach
    void closeBrowser() {
        browsers.close();
    }

    @Test
    void graphiql_loads_from_the_app_alone_and_answers_a_query_sent_with_a_key_from_its_headers_tab() {
        String key = new Principals(port, graphQl).apiKey("setup:read");
        Page page = browsers.localContext().newPage();

        page.navigate("http://localhost:" + port + "/graphiql");
        query(page, "{ __typename }");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Headers").setExact(true))
                .click();
        editor(page, ".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror")
                .fill("{\"Authorization\": \"Bearer " + key + "\"}");
        page.locator(".graphiql-execute-button").click();

        String answer = awaitResponse(page, "\"__typename\": \"Query\"");
        assertThat(answer).contains("\"__typename\": \"Query\"");
        assertThat(browsers.outsideRequests())
                .as("requests that left this machine")
                .isEmpty();
        Browsers.screenshot(page, "graphiql.png");
    }

    @Test
    void a_signed_in_admin_runs_queries_in_graphiql_with_the_session_and_its_csrf_token_and_no_key() {
        BrowserContext context = browsers.localContext();
        String root = "http://localhost:" + port;
        context.request().get(root + "/auth/csrf");
        String token = context.cookies(root).stream()
                .filter(c -> c.name.equals("XSRF-TOKEN"))
                .findFirst()
                .orElseThrow()
                .value;
        int signedIn = context.request()
                .post(
                        root + "/auth/login",
                        RequestOptions.create()
                                .setHeader("X-XSRF-TOKEN", token)
                                .setData(Map.of(
                                        "email", GraphQlClient.ADMIN_EMAIL, "password", GraphQlClient.ADMIN_PASSWORD)))
                .status();
        assertThat(signedIn).isEqualTo(200);
        Page page = context.newPage();

        page.navigate(root + "/graphiql");
        query(page, "{ apiKeys(first: 100) { nodes { name } } }");
        page.locator(".graphiql-execute-button").click();

        String answer = awaitResponse(page, "\"apiKeys\"");
        assertThat(answer).contains("\"nodes\": [").doesNotContain("\"errors\"");
        assertThat(browsers.outsideRequests())
                .as("requests that left this machine")
                .isEmpty();
    }

    private static void query(Page page, String document) {
        editor(page, ".graphiql-query-editor .CodeMirror").fill(document);
    }

    /** A CodeMirror editor of the page, which a test fills as a user would paste. */
    private static Editor editor(Page page, String selector) {
        page.locator(selector).first().waitFor();
        return text -> page.evaluate(
                "([selector, text]) => document.querySelector(selector).CodeMirror.setValue(text)",
                new Object[] {selector, text});
    }

    private interface Editor {
        void fill(String text);
    }

    /** The response pane's text once it shows {@code expected}, or as it is after 30 s (for the failure to show). */
    private static String awaitResponse(Page page, String expected) {
        try {
            page.waitForFunction(
                    "([selector, expected]) => { const editor = document.querySelector(selector);"
                            + " return editor && editor.CodeMirror.getValue().includes(expected); }",
                    new Object[] {RESPONSE, expected},
                    new Page.WaitForFunctionOptions().setTimeout(30_000));
        } catch (TimeoutError e) {
            // The assertion below says what the pane shows instead.
        }
        return (String) page.evaluate(
                "selector => { const editor = document.querySelector(selector);"
                        + " return editor ? editor.CodeMirror.getValue() : 'no response pane'; }",
                RESPONSE);
    }
}
