package dev.switchboard.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Generated hostile requests ({@code load.hostile.requests}, 10,000 by default; seeded, so a failure can be
 * replayed with {@code -Dload.hostile.seed}): broken and hostile JSON, wrong types and extreme values in every
 * kind of input, unknown fields and operations, deep and wide queries, aliases, wrong methods, content types and
 * paths, bad keys. None may be answered 5xx, with {@code INTERNAL_ERROR}, or with a stack trace, and the instance is
 * healthy and routes a lead afterwards. {@code ./mvnw -pl load verify -Pload -Dtest=HostileRequestsFault
 * -Dgatling.skip}.
 */
class HostileRequestsFault {

    private static final int REQUESTS = Integer.getInteger("load.hostile.requests", 10_000);
    private static final long SEED = Long.getLong("load.hostile.seed", 14L);

    private static final List<String> EXTREMES = List.of(
            "null",
            "\"\"",
            "0",
            "-1",
            "2147483648",
            "-9223372036854775809",
            "1e400",
            "NaN",
            "true",
            "[]",
            "{}",
            "\"-999999999-01-01T00:00:00Z\"",
            "\"+999999999-12-31T23:59:59.999999999Z\"",
            "\"2026-12-06T10:00:00.123456789Z\"",
            "\"not a date\"",
            "\"\\u0000\"",
            "\"" + "x".repeat(5000) + "\"",
            "\"Europe/Nowhere\"",
            "\"<script>alert(1)</script>\"",
            "\"' OR 1=1 --\"",
            "{\"$gt\":\"\"}",
            "[[[[[[[[[[1]]]]]]]]]]",
            "\"00000000-0000-0000-0000-000000000000\"",
            "\"../../etc/passwd\"");

    private static final List<String> OPERATIONS = List.of(
            "mutation($i: SubmitLeadInput!) { submitLead(input: $i) { lead { id } errors { code } } }",
            "mutation($i: BookMeetingInput!) { bookMeeting(input: $i) { booking { id } errors { code } } }",
            "query($i: AvailableSlotsInput!) { availableSlots(input: $i) { slots { start } } }",
            "mutation($i: AddTimeOffInput!) { addTimeOff(input: $i) { errors { code } } }",
            "mutation($i: SetRepStatusInput!) { setRepStatus(input: $i) { errors { code } } }",
            "mutation($i: CreateRepInput!) { createRep(input: $i) { rep { id } errors { code } } }",
            "mutation($i: CreatePoolInput!) { createPool(input: $i) { pool { id } errors { code } } }",
            "mutation($i: CreateRouterInput!) { createRouter(input: $i) { router { id } errors { code } } }",
            "mutation($i: SetAvailabilityInput!) { setAvailability(input: $i) { errors { code } } }",
            "mutation($i: ReassignLeadInput!) { reassignLead(input: $i) { errors { code } } }",
            "query($i: ID!) { lead(id: $i) { id } }",
            "query($i: Int) { leads(first: $i) { edges { node { id } } } }");

    private static final List<String> FIELDS = List.of(
            "formId",
            "poolId",
            "repId",
            "leadId",
            "meetingTypeId",
            "name",
            "email",
            "start",
            "end",
            "from",
            "to",
            "timeZone",
            "status",
            "until",
            "employees",
            "annualRevenue",
            "attributes",
            "idempotencyKey",
            "weekly",
            "members",
            "rules",
            "fallback",
            "startedAt",
            "honeypot",
            "unknownField");

    @Test
    void ten_thousand_hostile_requests_get_no_5xx_no_internal_error_and_no_stack_trace() throws Exception {
        try (Switchboard app = Switchboard.app("hostile-app", null, Map.of())) {
            Workspace workspace = Workspace.create(app.url(), 2);
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            List<Function<Random, HttpRequest.Builder>> kinds = kinds(app.url(), workspace);
            Map<String, String> bad = new ConcurrentHashMap<>();
            AtomicLong answered = new AtomicLong();
            AtomicLong serverErrors = new AtomicLong();
            AtomicLong internalErrors = new AtomicLong();
            AtomicLong stackTraces = new AtomicLong();
            AtomicLong resets = new AtomicLong();
            String before = app.memory();
            long started = System.nanoTime();
            ExecutorService threads = Executors.newFixedThreadPool(4);
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = SEED + t;
                work.add(threads.submit(() -> {
                    Random random = new Random(seed);
                    for (int i = 0; i < REQUESTS / 4; i++) {
                        HttpRequest request = kinds.get(random.nextInt(kinds.size()))
                                .apply(random)
                                .timeout(Duration.ofSeconds(30))
                                .build();
                        try {
                            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                            answered.incrementAndGet();
                            String body = answer.body();
                            boolean serverError = answer.statusCode() >= 500;
                            boolean internal = body.contains("INTERNAL_ERROR");
                            boolean trace = body.contains("Exception")
                                    || body.contains("\tat ")
                                    || body.contains("at dev.switchboard");
                            if (serverError) {
                                serverErrors.incrementAndGet();
                            }
                            if (internal) {
                                internalErrors.incrementAndGet();
                            }
                            if (trace) {
                                stackTraces.incrementAndGet();
                            }
                            if (serverError || internal || trace) {
                                bad.putIfAbsent(
                                        answer.statusCode() + " " + body.substring(0, Math.min(200, body.length())),
                                        request.method() + " " + request.uri());
                            }
                        } catch (java.io.IOException closedByServer) {
                            // An over-limit body is answered 413 and the connection closed: the client may see that
                            // as a reset. Not a failure of the server; counted as answered.
                            answered.incrementAndGet();
                            resets.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
            threads.shutdown();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            boolean healthy = app.healthy();

            System.out.printf(
                    "hostile requests: %d sent in %s (%d closed by the server), %d answered 5xx, %d with"
                            + " INTERNAL_ERROR, %d with a stack trace; memory before: %s, after: %s; healthy after:"
                            + " %s; %d distinct bad answers%s%n",
                    answered.get(),
                    took,
                    resets.get(),
                    serverErrors.get(),
                    internalErrors.get(),
                    stackTraces.get(),
                    before,
                    app.memory(),
                    healthy,
                    bad.size(),
                    bad.isEmpty() ? "" : ": " + bad);
            assertThat(bad)
                    .as("answers with 5xx, INTERNAL_ERROR or a stack trace")
                    .isEmpty();
            assertThat(healthy).as("healthy after").isTrue();
            assertThat(Api.withKey(app.url(), workspace.adminKey())
                            .execute(
                                    "mutation($i: SubmitLeadInput!) { submitLead(input: $i) { assignment { outcome } } }",
                                    Map.of(
                                            "i",
                                            Map.of(
                                                    "poolId",
                                                    workspace.poolId(),
                                                    "name",
                                                    "After",
                                                    "email",
                                                    "a@b.example")))
                            .at("/submitLead/assignment/outcome")
                            .asString())
                    .isEqualTo("ASSIGNED");
        }
    }

    private static List<Function<Random, HttpRequest.Builder>> kinds(String url, Workspace workspace) {
        URI graphql = URI.create(url + "/graphql");
        List<String> keys = List.of(
                "Bearer " + workspace.adminKey(),
                "Bearer " + workspace.widgetKey(),
                "Bearer sb_sk_forged",
                "Bearer sb_pk_forged",
                "Basic YTpi",
                "Bearer ",
                "");
        Function<Random, String> key = random -> keys.get(random.nextInt(keys.size()));
        List<Function<Random, HttpRequest.Builder>> kinds = new ArrayList<>();
        // A real operation with random, extreme or wrongly typed variables.
        kinds.add(random -> {
            StringBuilder input = new StringBuilder("{");
            int fields = random.nextInt(6);
            for (int f = 0; f < fields; f++) {
                if (f > 0) {
                    input.append(',');
                }
                input.append('"')
                        .append(FIELDS.get(random.nextInt(FIELDS.size())))
                        .append("\":")
                        .append(EXTREMES.get(random.nextInt(EXTREMES.size())));
            }
            input.append('}');
            String body = "{\"query\":" + Api.JSON.writeValueAsString(OPERATIONS.get(random.nextInt(OPERATIONS.size())))
                    + ",\"variables\":{\"i\":"
                    + (random.nextInt(5) == 0 ? EXTREMES.get(random.nextInt(EXTREMES.size())) : input) + "}}";
            return post(graphql, body, key.apply(random));
        });
        // Broken bodies.
        List<String> broken = List.of(
                "",
                "null",
                "[]",
                "\"query\"",
                "{",
                "{\"query\":",
                "{\"query\":null}",
                "{\"query\":42}",
                "{\"query\":\"{\"}",
                "{\"query\":\"{ __schema { types { name } } }\"}",
                "{\"query\":\"{ nope }\"}",
                "{\"query\":\"mutation { submitLead }\"}",
                "{\"query\":\"{ me { kind } }\",\"variables\":[]}",
                "{\"query\":\"{ me { kind } }\",\"operationName\":\"Missing\"}",
                "\u0000\u0001\u0002",
                "{\"query\":\"" + "{ me ".repeat(300) + "\"}",
                "{\"a\":" + "[".repeat(5000) + "}");
        kinds.add(random -> post(graphql, broken.get(random.nextInt(broken.size())), key.apply(random)));
        // Deep, wide and aliased queries.
        kinds.add(random -> {
            int n = 1 + random.nextInt(300);
            StringBuilder q = new StringBuilder("{");
            for (int i = 0; i < n; i++) {
                q.append(" a")
                        .append(i)
                        .append(": pools(first: 100) { nodes { id name members { rep { id name } } } }");
            }
            q.append('}');
            return post(graphql, "{\"query\":" + Api.JSON.writeValueAsString(q.toString()) + "}", key.apply(random));
        });
        // Wrong content types, methods and paths.
        List<String> types = List.of(
                "*/*", "text/plain", "application/xml", "multipart/form-data", "application/json; charset=bogus", "");
        kinds.add(random -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(graphql)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { kind } }\"}"));
            String type = types.get(random.nextInt(types.size()));
            if (!type.isEmpty()) {
                request.header("Content-Type", type);
            }
            return request;
        });
        List<String> paths = List.of(
                "/error",
                "/nope",
                "/graphql/schema",
                "/actuator/env",
                "/actuator/heapdump",
                "/auth/login",
                "/graphql?query=%7B%20me%20%7B%20kind%20%7D%20%7D",
                "/%2e%2e/%2e%2e/etc/passwd",
                "/graphiql",
                "/auth/csrf",
                "/actuator/health/..;/env");
        List<String> methods = List.of("GET", "PUT", "DELETE", "PATCH", "OPTIONS", "POST");
        kinds.add(random -> HttpRequest.newBuilder(URI.create(url + paths.get(random.nextInt(paths.size()))))
                .method(methods.get(random.nextInt(methods.size())), HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json"));
        // Now and then a body over the limit; otherwise one just under it.
        kinds.add(random -> post(
                graphql,
                "{\"query\":\"" + "x".repeat(random.nextInt(20) == 0 ? 1_100_000 : 1000 + random.nextInt(100_000))
                        + "\"}",
                key.apply(random)));
        return kinds;
    }

    private static HttpRequest.Builder post(URI graphql, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(graphql)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }
        if (authorization.contains("sb_pk_")) {
            request.header("Origin", Workspace.ORIGIN);
        }
        return request;
    }
}
