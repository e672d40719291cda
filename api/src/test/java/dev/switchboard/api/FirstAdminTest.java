package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.access.Role;
import dev.switchboard.access.Users;
import dev.switchboard.api.config.EmbeddedMongoProperties;
import dev.switchboard.api.config.EmbeddedMongoServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A fresh install can be administered: the demo prints a one-time admin password and key; GraphiQL can be closed to all but admins. */
class FirstAdminTest {

    @Test
    void the_demo_with_no_admin_configured_prints_an_admin_password_and_an_admin_key_that_work() {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        RunningApp app;
        try {
            app = RunningApp.start(Map.of(
                    "switchboard.embedded-mongo.storage",
                    "memory",
                    "switchboard.demo.enabled",
                    true,
                    "switchboard.admin.email",
                    "",
                    "switchboard.admin.password",
                    ""));
        } finally {
            System.setOut(original);
        }
        try (app) {
            int port = Integer.parseInt(
                    app.bean(org.springframework.core.env.Environment.class).getProperty("local.server.port"));
            Matcher password = Pattern.compile("Demo admin: \\S+  password: (\\S+)")
                    .matcher(printed.toString(StandardCharsets.UTF_8));
            Matcher key =
                    Pattern.compile("Bearer (sb_sk_[A-Za-z0-9_-]+)").matcher(printed.toString(StandardCharsets.UTF_8));
            assertThat(password.find()).isTrue();
            assertThat(key.find()).isTrue();

            assertThat(app.bean(Users.class)
                            .byEmail("admin@switchboard.local")
                            .orElseThrow()
                            .role())
                    .isEqualTo(Role.ADMIN);
            assertThat(GraphQlClient.signedIn(port, "admin@switchboard.local", password.group(1))
                            .signIn())
                    .isEqualTo(200);
            assertThat(GraphQlClient.withKey(port, key.group(1), null)
                            .execute("{ me { kind } }")
                            .at("/data/me/kind")
                            .asString())
                    .isEqualTo("API_KEY");
        }
    }

    @Test
    void several_instances_on_one_shared_embedded_database_print_one_admin_that_works_on_each() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Map<String, Object> demo = Map.of(
                "switchboard.demo.enabled", true, "switchboard.admin.email", "", "switchboard.admin.password", "");
        try (EmbeddedMongoServer database = EmbeddedMongoServer.start(new EmbeddedMongoProperties(
                EmbeddedMongoProperties.Storage.MEMORY, Path.of("unused"), "127.0.0.1", 0, "switchboard"))) {
            Map<String, Object> shared = new java.util.HashMap<>(demo);
            shared.put("spring.mongodb.uri", database.connectionString("shared"));
            RunningApp first;
            RunningApp second;
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                first = RunningApp.start(shared);
                second = RunningApp.start(shared);
            } finally {
                System.setOut(original);
            }
            try (first;
                    second) {
                String output = printed.toString(StandardCharsets.UTF_8);
                Matcher password =
                        Pattern.compile("Demo admin: \\S+  password: (\\S+)").matcher(output);
                assertThat(password.find()).isTrue();
                assertThat(password.find())
                        .as("printed once, by the instance that created it")
                        .isFalse();
                password.reset().find();

                for (RunningApp instance : List.of(first, second)) {
                    assertThat(GraphQlClient.signedIn(instance.port(), "admin@switchboard.local", password.group(1))
                                    .signIn())
                            .isEqualTo(200);
                }
            }
        }
    }

    @Test
    void graphiql_closed_to_all_but_admins_answers_401_to_anyone_else() {
        try (RunningApp app = RunningApp.start(
                Map.of("switchboard.embedded-mongo.storage", "memory", "switchboard.security.graphiql-open", false))) {
            int port = Integer.parseInt(
                    app.bean(org.springframework.core.env.Environment.class).getProperty("local.server.port"));

            HttpResponse<String> anonymous = GraphQlClient.anonymous(port).get("/graphiql");
            HttpResponse<String> admin = new GraphQlClient(port).get("/graphiql?path=/graphql");

            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(admin.statusCode()).isEqualTo(200);
        }
    }
}
