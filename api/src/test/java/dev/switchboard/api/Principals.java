package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Makes, through the API as the test admin, the users and keys other principals act with. */
final class Principals {

    static final String WIDGET_ORIGIN = "https://www.acme.example";
    static final String REP_PASSWORD = "a rep password for tests";

    private final int port;
    private final GraphQlClient admin;

    Principals(int port, GraphQlClient admin) {
        this.port = port;
        this.admin = admin;
    }

    /** A client signed in as a new rep user acting as the rep. */
    GraphQlClient rep(String repId) {
        String email = "rep-" + UUID.randomUUID() + "@sales.example";
        JsonNode created = admin.execute(
                        """
                mutation($input: CreateUserInput!) { createUser(input: $input) { user { id } errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of("email", email, "password", REP_PASSWORD, "role", "REP", "repId", repId)))
                .at("/data/createUser");
        assertThat(created.at("/errors").size()).as(created.toString()).isZero();
        return GraphQlClient.signedIn(port, email, REP_PASSWORD);
    }

    /**
     * A new API key with the given scopes, each named as docs name it ({@code leads:read}) or as the GraphQL
     * {@code Scope} enum does ({@code LEADS_READ}).
     */
    String apiKey(String... names) {
        String[] scopes = java.util.Arrays.stream(names)
                .map(n -> dev.switchboard.access.Scope.named(n).map(Enum::name).orElse(n))
                .toArray(String[]::new);
        JsonNode created = admin.execute(
                        """
                mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id } errors { code field message } } }""",
                        Map.of("input", Map.of("name", "test " + String.join(" ", scopes), "scopes", List.of(scopes))))
                .at("/data/createApiKey");
        assertThat(created.at("/errors").size()).as(created.toString()).isZero();
        return created.at("/key").asString();
    }

    /** A new widget key for the form, allowed from {@link #WIDGET_ORIGIN}. */
    String widgetKey(String formId) {
        JsonNode created = admin.execute(
                        """
                mutation($input: CreateWidgetKeyInput!) { createWidgetKey(input: $input) { widgetKey { key } errors { code field message } } }""", Map.of("input", Map.of("formId", formId, "allowedOrigins", List.of(WIDGET_ORIGIN))))
                .at("/data/createWidgetKey");
        assertThat(created.at("/errors").size()).as(created.toString()).isZero();
        return created.at("/widgetKey/key").asString();
    }

    GraphQlClient widget(String key) {
        return GraphQlClient.withKey(port, key, WIDGET_ORIGIN);
    }
}
