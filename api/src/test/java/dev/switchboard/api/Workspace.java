package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;

/** Builds reps and pools through the API and submits leads, so tests read as their scenario. */
public final class Workspace {

    static final String SUBMIT_LEAD = """
            mutation Submit($input: SubmitLeadInput!) {
              submitLead(input: $input) {
                lead { id name email }
                assignment { turn outcome explanation { reason } rep { id name } pool { id } }
                errors { code field message }
              }
            }""";

    private final GraphQlClient graphQl;

    public Workspace(GraphQlClient graphQl) {
        this.graphQl = graphQl;
    }

    public String rep(String name) {
        JsonNode payload = graphQl.execute(
                        """
                mutation($input: CreateRepInput!) { createRep(input: $input) { rep { id } errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        name,
                                        "email",
                                        name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID()
                                                + "@sales.example",
                                        "timeZone",
                                        "Europe/Paris")))
                .at("/data/createRep");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/rep/id").asString();
    }

    public String pool(String name, List<String> repIds) {
        List<Map<String, Object>> members = new ArrayList<>();
        repIds.forEach(id -> members.add(Map.of("repId", id)));
        JsonNode payload = graphQl.execute("""
                mutation($input: CreatePoolInput!) { createPool(input: $input) { pool { id } errors { code field message } } }""", Map.of("input", Map.of("name", name, "members", members)))
                .at("/data/createPool");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/pool/id").asString();
    }

    /** A router (one draft version, not published) with no rules, whose fallback sends every lead to the pool. */
    public String router(String name, String poolId) {
        JsonNode payload = graphQl.execute(
                        """
                mutation($input: CreateRouterInput!) { createRouter(input: $input) { router { id } errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        name,
                                        "rules",
                                        List.of(),
                                        "fallback",
                                        Map.of("type", "ROUTE_TO_POOL", "poolId", poolId))))
                .at("/data/createRouter");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/router/id").asString();
    }

    /** A published router that sends every lead to the pool's claim queue in the given mode, and a form using it. */
    public String queueForm(String poolId, String mode) {
        JsonNode router = graphQl.execute(
                        """
                mutation($input: CreateRouterInput!) { createRouter(input: $input) { router { id } errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Queue",
                                        "rules",
                                        List.of(),
                                        "fallback",
                                        Map.of("type", "SEND_TO_QUEUE", "poolId", poolId, "queueMode", mode))))
                .at("/data/createRouter");
        assertThat(router.at("/errors").size()).as(router.toString()).isZero();
        String routerId = router.at("/router/id").asString();
        graphQl.execute(
                "mutation($input: PublishRouterInput!) { publishRouter(input: $input) { errors { code } } }",
                Map.of("input", Map.of("routerId", routerId, "version", 1)));
        return graphQl.execute(
                        "mutation($input: CreateFormInput!) { createForm(input: $input) { form { id } } }",
                        Map.of("input", Map.of("name", "Queue form", "routerId", routerId)))
                .at("/data/createForm/form/id")
                .asString();
    }

    /** A valid lead for the pool; {@code changes} replace or add input fields. */
    public static Map<String, Object> lead(String poolId, int n, Map<String, Object> changes) {
        Map<String, Object> input = new LinkedHashMap<>();
        if (poolId != null) {
            input.put("poolId", poolId);
        }
        input.put("name", "Prospect " + n);
        input.put("email", "prospect" + n + "@acme.example");
        input.put("company", "Acme");
        input.putAll(changes);
        return input;
    }

    public JsonNode submit(Map<String, Object> input) {
        return graphQl.execute(SUBMIT_LEAD, Map.of("input", input));
    }

    /**
     * Submits {@code leads} valid leads to the pool all at once (released together from many threads),
     * spread over the given app instances in turn, and counts the leads each rep got, by rep name.
     */
    public static Map<String, Long> submitAtOnce(List<Workspace> instances, String poolId, int leads) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService clients = Executors.newFixedThreadPool(Math.min(leads, 50));
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int n = 0; n < leads; n++) {
                int lead = n;
                results.add(clients.submit(() -> {
                    start.await();
                    return instances.get(lead % instances.size()).submitAndGetRep(poolId, lead);
                }));
            }
            start.countDown();
            Map<String, Long> perRep = new TreeMap<>();
            for (Future<String> result : results) {
                perRep.merge(result.get(), 1L, Long::sum);
            }
            return perRep;
        } finally {
            clients.shutdown();
        }
    }

    /** Submits a valid lead and returns the name of the rep it was assigned to. */
    public String submitAndGetRep(String poolId, int n) {
        JsonNode payload = submit(lead(poolId, n, Map.of())).at("/data/submitLead");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/assignment/rep/name").asString();
    }
}
