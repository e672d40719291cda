package dev.switchboard.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import dev.switchboard.api.GraphQlClient;
import dev.switchboard.api.RunningApp;
import dev.switchboard.api.admin.Chromium;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The integrator's quickstart, run as written: docs/api.md's shell commands through bash and curl, its JavaScript in
 * Chromium on a page of the app's own origin, and docs/events.md's signature checks in Java and Python on a delivery
 * the app really sent. The test fills in only what the page itself says to fill in (the host, the keys, the ids and
 * the slot an earlier answer gave), so a command that stops working on the page stops this test.
 */
class QuickstartE2ETest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private static RunningApp app;
    private static Chromium chromium;
    private static GraphQlClient admin;
    private static String base;
    private static Path scratch;

    @BeforeAll
    static void start() {
        requireOnPath("curl", "apt-get install -y curl");
        requireOnPath("bash", "apt-get install -y bash");
        requireOnPath("jq", "apt-get install -y jq");
        try {
            // The bulk import block writes its file where it runs: a folder of the test's, not the repository.
            scratch = Files.createTempDirectory("quickstart");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (!Files.isExecutable(PYTHON)) {
            throw new IllegalStateException(
                    "The quickstart test runs docs/events.md's Python check with " + PYTHON
                            + ": install it with `apt-get install -y python3` (Radicale's package brings it)");
        }
        chromium = Chromium.launch();
        app = RunningApp.start(Map.of(
                "switchboard.embedded-mongo.storage", "memory",
                "switchboard.demo.enabled", true,
                "switchboard.sla.enabled", false,
                "switchboard.events.interval", "PT0.1S",
                "switchboard.security.widget-per-address", 1000));
        admin = app.graphQl();
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

    @Test
    void an_integrator_goes_from_the_admin_key_to_a_booked_meeting_with_the_pages_curl_commands() {
        List<String> shell = blocks("docs/api.md", "sh");
        assertThat(shell).as("docs/api.md's shell blocks: set up, bulk import, submit, book").hasSize(4);
        String adminKey = apiKey("ADMIN");

        List<JsonNode> setUp = bash(
                shell.get(0).replace("http://localhost:8080", base).replace("sb_sk_...", adminKey), Map.of());
        assertThat(setUp).hasSize(2);
        assertThat(setUp.get(0).at("/data/createMeetingType/meetingType/id").asString()).isNotBlank();
        String key = setUp.get(1).at("/data/createApiKey/key").asString();
        assertThat(key).as(setUp.get(1).toString()).startsWith("sb_sk_");

        importsTheTwoAccounts(shell.get(1), adminKey);

        Map<String, String> env = Map.of("SB", base + "/graphql", "KEY", key);
        JsonNode submitted = only(bash(shell.get(2).replace("<form id>", demoFormId()), env))
                .at("/data/submitLead");
        assertThat(submitted.at("/errors").isEmpty()).as(submitted.toString()).isTrue();
        assertThat(submitted.at("/assignment/rep/name").asString()).isNotBlank();
        assertThat(submitted.at("/assignment/explanation/reason").asString()).isNotBlank();
        JsonNode slots = submitted.at("/openSlots/slots");
        assertThat(slots.isEmpty()).as("the demo's reps work every hour: slots are open").isFalse();
        assertThat(slots.get(0).at("/localStart").asString()).isNotBlank();

        JsonNode booked = only(bash(
                        shell.get(3)
                                .replace("<lead id>", submitted.at("/lead/id").asString())
                                .replace("<meeting type id>", submitted.at("/openSlots/meetingType/id").asString())
                                .replace("2026-03-09T09:00:00Z", slots.get(0).at("/start").asString()),
                        env))
                .at("/data/bookMeeting");
        assertThat(booked.at("/errors").isEmpty()).as(booked.toString()).isTrue();
        assertThat(booked.at("/booking/start").asString()).isEqualTo(slots.get(0).at("/start").asString());
        assertThat(booked.at("/booking/rep/name").asString()).isEqualTo(submitted.at("/assignment/rep/name").asString());
        assertThat(booked.at("/link").asString()).isNotBlank();
    }

    /**
     * The bulk import block as written, in a folder of its own since it writes its file: it starts the import, then
     * its last command, given the operation's id, is polled until the worker has read every row.
     */
    private static void importsTheTwoAccounts(String block, String adminKey) {
        Map<String, String> env = Map.of("SB", base + "/graphql", "ADMIN_KEY", adminKey);
        int poll = block.lastIndexOf("\n\ncurl");
        JsonNode started = only(bash(block.substring(0, poll), env)).at("/data/startBulkImport");
        assertThat(started.at("/errors").isEmpty()).as(started.toString()).isTrue();
        String operation = started.at("/operation/id").asString();
        String poller = block.substring(poll).replace("<the operation id>", operation);
        JsonNode read = only(bash(poller, env)).at("/data/bulkImport");
        for (int tries = 0; !read.at("/state").asString().equals("DONE") && tries < 60; tries++) {
            pause();
            read = only(bash(poller, env)).at("/data/bulkImport");
        }
        assertThat(read.at("/state").asString()).as(read.toString()).isEqualTo("DONE");
        // The demo may hold Acme already: a row that finds its account as it would store it is unchanged.
        assertThat(read.at("/counts/total").asInt()).as(read.toString()).isEqualTo(2);
        assertThat(read.at("/counts/failed").asInt()).as(read.toString()).isZero();
        assertThat(read.at("/rowErrors").isEmpty()).as(read.toString()).isTrue();
    }

    @Test
    void a_page_with_the_forms_widget_key_submits_and_books_with_the_pages_javascript() {
        List<String> scripts = blocks("docs/api.md", "js");
        assertThat(scripts).as("docs/api.md's JavaScript blocks: submit, book").hasSize(2);
        String widgetKey = widgetKey(demoFormId());

        // The two blocks run in one function, as one script of the integrator's would: the second uses the first's
        // `graphql` and takes its lead, meeting type and slot from the first's answer.
        String script = "async () => {\n"
                + "const KEY = " + JSON.writeValueAsString(widgetKey) + ";\n"
                // The page showed its form a while ago, as a person fills one in.
                + "const formShownAt = new Date(Date.now() - 60000).toISOString();\n"
                + scripts.get(0)
                        .replace("http://localhost:8080", base)
                        .replace("'<form id>'", JSON.writeValueAsString(demoFormId()))
                + "\nconst leadId = submitLead.lead.id, meetingTypeId = submitLead.openSlots.meetingType.id,"
                + " slot = submitLead.openSlots.slots[0];\n"
                + scripts.get(1)
                + "\nreturn JSON.stringify({ submitLead, bookMeeting });\n}";
        try (BrowserContext context = chromium.newContext()) {
            Page page = context.newPage();
            page.navigate(base + "/demo");
            JsonNode answer = JSON.readTree((String) page.evaluate(script));

            assertThat(answer.at("/submitLead/errors").isEmpty()).as(answer.toString()).isTrue();
            assertThat(answer.at("/submitLead/assignment/rep/name").asString()).isNotBlank();
            assertThat(answer.at("/bookMeeting/errors").isEmpty()).as(answer.toString()).isTrue();
            assertThat(answer.at("/bookMeeting/booking/id").asString()).isNotBlank();
            assertThat(answer.at("/bookMeeting/link").asString()).isNotBlank();
        }
    }

    @Test
    void a_delivery_the_app_sent_passes_the_java_and_python_checks_of_events_md_and_a_changed_body_fails_them()
            throws Exception {
        Delivery delivery;
        try (Receiver receiver = new Receiver()) {
            JsonNode created = admin.execute(
                            "mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret errors {"
                                    + " code field message } } }",
                            Map.of("input", Map.of("url", receiver.url(), "eventTypes", List.of("LeadAssigned"))))
                    .at("/data/createWebhook");
            assertThat(created.at("/errors").isEmpty()).as(created.toString()).isTrue();
            String secret = created.at("/secret").asString();
            submitLeadAsAdmin();
            delivery = receiver.next().withSecret(secret);
        }

        assertThat(javaCheck(delivery)).isTrue();
        assertThat(pythonCheck(delivery)).isTrue();

        Delivery changed = delivery.withBody(delivery.body().replace("\"", "'"));
        assertThat(javaCheck(changed)).isFalse();
        assertThat(pythonCheck(changed)).isFalse();
    }

    /** The Java block of events.md, compiled as written inside a method that gives it its inputs. */
    private static boolean javaCheck(Delivery delivery) throws Exception {
        String snippet = blocks("docs/events.md", "java").get(0);
        String source = """
                import java.nio.charset.StandardCharsets;
                import java.security.MessageDigest;
                import java.time.Instant;
                import java.util.Arrays;
                import java.util.Base64;
                import javax.crypto.Mac;
                import javax.crypto.spec.SecretKeySpec;

                public class EventsMdCheck {
                    public static boolean check(String secret, String id, String timestamp, String rawBody,
                            String signatureHeader) throws Exception {
                """ + snippet + """
                        return valid && recent;
                    }
                }
                """;
        Path dir = Files.createTempDirectory("events-md-java");
        Path file = dir.resolve("EventsMdCheck.java");
        Files.writeString(file, source);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler.run(null, null, null, "-d", dir.toString(), file.toString()))
                .as("events.md's Java check compiles")
                .isZero();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()})) {
            Method check = loader.loadClass("EventsMdCheck")
                    .getMethod("check", String.class, String.class, String.class, String.class, String.class);
            return (boolean) check.invoke(
                    null, delivery.secret(), delivery.id(), delivery.timestamp(), delivery.body(), delivery.signature());
        }
    }

    /** The Python block of events.md as written, then a line that calls it with the delivery. */
    private static boolean pythonCheck(Delivery delivery) throws Exception {
        String snippet = blocks("docs/events.md", "python").get(0);
        Path file = Files.createTempFile("events-md", ".py");
        Files.writeString(file, snippet + """

                import json, sys
                given = json.load(sys.stdin)
                print(verify(given["secret"], given["headers"], given["body"].encode("utf-8")))
                """);
        Map<String, Object> input = Map.of(
                "secret", delivery.secret(),
                "headers", Map.of(
                        "webhook-id", delivery.id(),
                        "webhook-timestamp", delivery.timestamp(),
                        "webhook-signature", delivery.signature()),
                "body", delivery.body());
        String out = run(List.of(PYTHON.toString(), file.toString()), Map.of(), JSON.writeValueAsString(input));
        return Boolean.parseBoolean(out.strip().toLowerCase());
    }

    private static void submitLeadAsAdmin() {
        JsonNode answer = admin.execute(
                        "mutation($input: SubmitLeadInput!) { submitLead(input: $input) { assignment { outcome }"
                                + " errors { code field message } } }",
                        Map.of("input", Map.of(
                                "to", Map.of("formId", demoFormId()),
                                "name", "Grace Hopper",
                                "email", "grace@navy.example",
                                "company", "Navy",
                                "idempotencyKey", java.util.UUID.randomUUID().toString())))
                .at("/data/submitLead");
        assertThat(answer.at("/assignment/outcome").asString()).as(answer.toString()).isEqualTo("ASSIGNED");
    }

    private static String apiKey(String scope) {
        JsonNode answer = admin.execute(
                        "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }",
                        Map.of("input", Map.of("name", "quickstart " + scope, "scopes", List.of(scope))))
                .at("/data/createApiKey/key");
        return answer.asString();
    }

    private static String widgetKey(String formId) {
        return admin.execute(
                        "mutation($input: CreateWidgetKeyInput!) { createWidgetKey(input: $input) { widgetKey { key"
                                + " } } }",
                        Map.of("input", Map.of("formId", formId, "allowedOrigins", List.of(base))))
                .at("/data/createWidgetKey/widgetKey/key")
                .asString();
    }

    /** The first form the demo seeds: as the page says, `{ forms(first: 20) { nodes { id name } } }` lists them. */
    private static String demoFormId() {
        JsonNode forms = admin.execute("{ forms(first: 100) { nodes { id name } } }").at("/data/forms/nodes");
        assertThat(forms.isEmpty()).as("the demo workspace has forms").isFalse();
        return forms.get(0).at("/id").asString();
    }

    /** The fenced blocks of one language in a doc at the repository's root, in the order they appear. */
    static List<String> blocks(String doc, String language) {
        String text;
        try {
            text = Files.readString(repositoryRoot().resolve(doc));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Matcher fenced = Pattern.compile("(?ms)^```" + Pattern.quote(language) + "\\n(.*?)^```$").matcher(text);
        List<String> found = new ArrayList<>();
        while (fenced.find()) {
            found.add(fenced.group(1));
        }
        return found;
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("docs").resolve("api.md"))) {
            dir = dir.getParent();
        }
        return dir;
    }

    /** Runs a shell block with bash and reads what it printed: one JSON answer per curl. */
    private static List<JsonNode> bash(String script, Map<String, String> env) {
        String out = run(List.of("bash", "-euo", "pipefail", "-c", script), env, "", scratch);
        List<JsonNode> answers = new ArrayList<>();
        try (var values = JSON.readerFor(JsonNode.class).readValues(out)) {
            while (values.hasNext()) {
                JsonNode answer = (JsonNode) values.next();
                assertThat(answer.has("errors")).as(answer.toString()).isFalse();
                answers.add(answer);
            }
        }
        return answers;
    }

    private static JsonNode only(List<JsonNode> answers) {
        assertThat(answers).hasSize(1);
        return answers.get(0);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String run(List<String> command, Map<String, String> env, String stdin) {
        return run(command, env, stdin, null);
    }

    private static String run(List<String> command, Map<String, String> env, String stdin, Path directory) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            builder.environment().putAll(env);
            Process process = builder.start();
            process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(command.get(0) + " failed: " + err + out).isZero();
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void requireOnPath(String program, String install) {
        boolean found = Stream.of(System.getenv("PATH").split(":"))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
        if (!found) {
            throw new IllegalStateException(
                    "The quickstart test runs docs/api.md's commands with " + program + ": install it with `" + install
                            + "`");
        }
    }

    /** One webhook delivery as it arrived, and the secret its webhook was made with. */
    record Delivery(String id, String timestamp, String signature, String body, String secret) {
        Delivery withSecret(String secret) {
            return new Delivery(id, timestamp, signature, body, secret);
        }

        Delivery withBody(String body) {
            return new Delivery(id, timestamp, signature, body, secret);
        }
    }

    /** A receiver on a local port that keeps each delivery's headers and raw body. */
    private static final class Receiver implements AutoCloseable {
        private final HttpServer server;
        private final LinkedBlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hooks", exchange -> {
                String body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                var headers = exchange.getRequestHeaders();
                deliveries.add(new Delivery(
                        headers.getFirst("webhook-id"),
                        headers.getFirst("webhook-timestamp"),
                        headers.getFirst("webhook-signature"),
                        body,
                        null));
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
        }

        Delivery next() throws InterruptedException {
            Delivery delivery = deliveries.poll(30, TimeUnit.SECONDS);
            assertThat(delivery).as("a delivery within 30 s").isNotNull();
            return delivery;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
