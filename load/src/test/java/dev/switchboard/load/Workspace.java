package dev.switchboard.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the scenarios run against, made through the API as the admin: reps, a round-robin pool, a form whose
 * router sends every lead to it, a widget key for the form, a meeting type, and an admin API key.
 */
record Workspace(String url, String adminKey, String poolId, String formId, String widgetKey, String meetingTypeId) {

    static final String ORIGIN = "https://load.switchboard.test";

    static Workspace create(String url, int repCount) {
        Api admin = Api.admin(url);
        List<String> reps = new ArrayList<>();
        for (int i = 0; i < repCount; i++) {
            reps.add(rep(admin, "Load rep " + i));
        }
        String pool = pool(admin, reps);
        String router = admin.execute(
                        "mutation($input: CreateRouterInput!) { createRouter(input: $input) { router { id } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Load",
                                        "rules",
                                        List.of(),
                                        "fallback",
                                        Map.of("type", "ROUTE_TO_POOL", "poolId", pool))))
                .at("/createRouter/router/id")
                .asString();
        admin.execute(
                "mutation($input: PublishRouterInput!) { publishRouter(input: $input) { errors { code } } }",
                Map.of("input", Map.of("routerId", router, "version", 1)));
        String form = admin.execute(
                        "mutation($input: CreateFormInput!) { createForm(input: $input) { form { id } } }",
                        Map.of("input", Map.of("name", "Load form", "routerId", router)))
                .at("/createForm/form/id")
                .asString();
        String widgetKey = admin.execute(
                        "mutation($input: CreateWidgetKeyInput!) { createWidgetKey(input: $input) { widgetKey { key } } }",
                        Map.of("input", Map.of("formId", form, "allowedOrigins", List.of(ORIGIN))))
                .at("/createWidgetKey/widgetKey/key")
                .asString();
        String meetingType = admin.execute(
                        "mutation($input: CreateMeetingTypeInput!) { createMeetingType(input: $input) { meetingType { id } } }",
                        Map.of("input", Map.of("name", "Intro", "durationMinutes", 30)))
                .at("/createMeetingType/meetingType/id")
                .asString();
        String adminKey = admin.execute(
                        "mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }",
                        Map.of("input", Map.of("name", "load harness", "scopes", List.of("ADMIN"))))
                .at("/createApiKey/key")
                .asString();
        return new Workspace(url, adminKey, pool, form, widgetKey, meetingType);
    }

    /** A rep free around the clock, so slots are open whatever time the harness runs; returns its id. */
    static String rep(Api admin, String name) {
        String id = admin.execute(
                        "mutation($input: CreateRepInput!) { createRep(input: $input) { rep { id } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        name,
                                        "email",
                                        "rep-" + UUID.randomUUID() + "@load.example",
                                        "timeZone",
                                        "Europe/Paris")))
                .at("/createRep/rep/id")
                .asString();
        Map<String, Object> week = new java.util.HashMap<>();
        for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")) {
            week.put(day, List.of(Map.of("start", "00:00", "end", "24:00")));
        }
        admin.execute(
                "mutation($input: SetAvailabilityInput!) { setAvailability(input: $input) { errors { code } } }",
                Map.of("input", Map.of("repId", id, "weekly", week)));
        return id;
    }

    /** A round-robin pool of the reps; returns its id. */
    static String pool(Api admin, List<String> repIds) {
        return admin.execute(
                        "mutation($input: CreatePoolInput!) { createPool(input: $input) { pool { id } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "name",
                                        "Load " + UUID.randomUUID(),
                                        "members",
                                        repIds.stream()
                                                .map(id -> Map.of("repId", id))
                                                .toList())))
                .at("/createPool/pool/id")
                .asString();
    }
}
