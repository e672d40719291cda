package dev.switchboard.api.admin;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Debian's Chromium driven by Playwright, never a browser Playwright downloads. Its contexts watch every GraphQL
 * answer the pages get: the web admin and the widget are the API's first clients and use no deprecated part of it
 * (an answer names any it was asked for in {@code extensions.deprecated}), so a use found fails the test class.
 */
public final class Chromium implements AutoCloseable {

    public static final Path EXECUTABLE = Path.of(System.getProperty("switchboard.chromium", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final Browser browser;
    /** Each deprecated part a page used, with the first page that used it. */
    private final Map<String, String> deprecatedUses = new ConcurrentSkipListMap<>();

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("The browser tests need Chromium at " + EXECUTABLE
                    + ": install it with `apt-get install -y chromium` (or name another with -Dswitchboard.chromium=...)");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update")));
        return new Chromium(playwright, browser);
    }

    public Browser browser() {
        return browser;
    }

    /**
     * Wraps each page's fetch so that a GraphQL answer naming deprecated uses reports them to the test. The check runs in
     * the page, off Playwright's event thread: reading a body from a response event would block that thread.
     */
    private static final String WATCH_GRAPHQL = """
            (() => {
              const original = window.fetch;
              window.fetch = async (...args) => {
                const response = await original(...args);
                const url = String(args[0]?.url ?? args[0]);
                if (url.includes('/graphql')) {
                  response.clone().json().then((body) => {
                    const uses = body?.extensions?.deprecated ?? [];
                    if (uses.length) window.switchboardDeprecatedUse(uses.map((u) => u.coordinate), location.href);
                  }).catch(() => {});
                }
                return response;
              };
            })();""";

    /** A fresh context (its own cookies and storage) whose pages' GraphQL answers are checked for deprecated uses. */
    public BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
        context.exposeFunction("switchboardDeprecatedUse", arguments -> {
            for (Object coordinate : (List<?>) arguments[0]) {
                deprecatedUses.putIfAbsent(String.valueOf(coordinate), String.valueOf(arguments[1]));
            }
            return null;
        });
        context.addInitScript(WATCH_GRAPHQL);
        return context;
    }

    public BrowserContext newContext() {
        return newContext(new Browser.NewContextOptions());
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
        if (!deprecatedUses.isEmpty()) {
            throw new AssertionError("The pages used deprecated parts of the GraphQL API (each with the first page that"
                    + " did): " + deprecatedUses);
        }
    }
}
