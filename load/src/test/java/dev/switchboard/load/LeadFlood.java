package dev.switchboard.load;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;

/**
 * Leads sent with an API key from a few threads, as fast as they are answered, until stopped; keeps the id of every
 * lead the app acknowledged (HTTP 200 with the lead in the payload). Requests that fail (the app or the database
 * gone) are counted and not retried: they were never acknowledged.
 */
final class LeadFlood implements AutoCloseable {

    private static final String SUBMIT =
            "mutation($input: SubmitLeadInput!) { submitLead(input: $input) {" + " lead { id } errors { code } } }";

    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService threads;

    LeadFlood(String url, String key, String poolId, int threadCount) {
        threads = Executors.newFixedThreadPool(threadCount);
        Api api = Api.withKey(url, key);
        for (int t = 0; t < threadCount; t++) {
            threads.submit(() -> {
                while (running.get()) {
                    long n = sent.incrementAndGet();
                    try {
                        HttpResponse<String> answer = api.post(Api.JSON.writeValueAsString(Map.of(
                                "query",
                                SUBMIT,
                                "variables",
                                Map.of(
                                        "input",
                                        Map.of(
                                                "poolId", poolId,
                                                "name", "Flood " + n,
                                                "email", "flood" + n + "@flood.example")))));
                        JsonNode id = Api.JSON.readTree(answer.body()).at("/data/submitLead/lead/id");
                        if (answer.statusCode() == 200 && id.isString()) {
                            acknowledged.add(id.asString());
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (RuntimeException gone) {
                        failed.incrementAndGet();
                        Switchboard.pause(100);
                    }
                }
            });
        }
    }

    Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    long failed() {
        return failed.get();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        threads.shutdown();
        threads.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS);
    }
}
