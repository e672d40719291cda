package dev.switchboard.api.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real browser of the end-to-end tests: the machine's Chromium driven by Playwright, headless, with no
 * browser download, no sandbox (CI runs as root) and none of Chromium's own calls home. Pages opened through
 * {@link #localContext()} may reach this machine only: any other request is aborted and listed by
 * {@link #outsideRequests()}, so a test proves a page needs no internet. A missing Chromium fails the test,
 * saying how to install it.
 *
 * <pre>{@code
 * try (Browsers browsers = Browsers.start()) {
 *     Page page = browsers.localContext().newPage();
 *     page.navigate("http://localhost:" + port + "/graphiql");
 *     ...
 *     assertThat(browsers.outsideRequests()).isEmpty();
 * }
 * }</pre>
 */
public final class Browsers implements AutoCloseable {

    /** Where Debian's {@code chromium} package puts it; {@code -Dswitchboard.chromium=...} points elsewhere. */
    public static final Path CHROMIUM = Path.of(System.getProperty("switchboard.chromium", "/usr/bin/chromium"));

    private static final List<String> ARGS =
            List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update");

    private final Playwright playwright;
    private final Browser browser;
    private final List<String> outside = new CopyOnWriteArrayList<>();

    private Browsers(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Browsers start() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new AssertionError("No Chromium at " + CHROMIUM + ": the browser tests need one. Install it with "
                    + "`apt-get install -y chromium` (Debian, Ubuntu), or run with -Dswitchboard.chromium=<path to a "
                    + "Chromium or Chrome executable>.");
        }
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(CHROMIUM)
                            .setHeadless(true)
                            .setArgs(ARGS));
            return new Browsers(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw new AssertionError("Chromium at " + CHROMIUM + " did not start: " + e.getMessage(), e);
        }
    }

    /** A fresh context (its own cookies and storage) whose requests may go to this machine only. */
    public BrowserContext localContext() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        context.route("**/*", route -> {
            String url = route.request().url();
            if (isLocal(url)) {
                route.resume();
            } else {
                outside.add(url);
                route.abort();
            }
        });
        return context;
    }

    /** Every request a page of {@link #localContext()} tried to send off this machine (each was refused). */
    public List<String> outsideRequests() {
        return List.copyOf(outside);
    }

    /**
     * Saves what the page shows as {@code docs/screenshots/<name>} in the repository, where the docs link it.
     * Answers the file written.
     */
    public static Path screenshot(Page page, String name) {
        Path file = repositoryRoot().resolve("docs/screenshots").resolve(name);
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        return file;
    }

    private static Path repositoryRoot() {
        // Surefire runs a module's tests in the module's folder; the repository is the one holding the mvnw.
        Path folder = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        while (folder != null && !Files.exists(folder.resolve("mvnw"))) {
            folder = folder.getParent();
        }
        if (folder == null) {
            throw new IllegalStateException("not inside the repository: " + System.getProperty("basedir"));
        }
        return folder;
    }

    private static boolean isLocal(String url) {
        if (!url.startsWith("http:")
                && !url.startsWith("https:")
                && !url.startsWith("ws:")
                && !url.startsWith("wss:")) {
            return true;
        }
        String host = URI.create(url).getHost();
        return "localhost".equals(host)
                || "[::1]".equals(host)
                || "::1".equals(host)
                || (host != null && host.startsWith("127."));
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
