package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.switchboard.access.Users;
import dev.switchboard.api.graphql.GlobalIds;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Admins and reps sign in with a password; sessions need CSRF tokens; repeated failures lock the account. */
class SignInApiTest extends ApiTest {

    @Autowired
    Users users;

    private String newRepUser(Principals principals, String repId) {
        principals.rep(repId);
        return users.all().stream()
                .filter(u -> u.repId() != null && u.repId().value().equals(GlobalIds.storedId(repId)))
                .findFirst()
                .orElseThrow()
                .email();
    }

    @Test
    void five_wrong_passwords_lock_the_user_for_fifteen_minutes_even_against_the_right_one() {
        String email = newRepUser(new Principals(port, graphQl), workspace.rep("Lockable"));
        for (int i = 0; i < 5; i++) {
            assertThat(GraphQlClient.signedIn(port, email, "not the password at all")
                            .signIn())
                    .isEqualTo(401);
        }

        assertThat(GraphQlClient.signedIn(port, email, Principals.REP_PASSWORD).signIn())
                .as("locked")
                .isEqualTo(401);
        Instant lockedUntil = users.byEmail(email).orElseThrow().lockedUntil();
        assertThat(lockedUntil)
                .isCloseTo(TestClock.app().instant().plus(Duration.ofMinutes(15)), within(Duration.ofMinutes(1)));
    }

    @Test
    void four_wrong_passwords_then_the_right_one_signs_in_and_the_count_starts_again() {
        String email = newRepUser(new Principals(port, graphQl), workspace.rep("Forgetful"));
        for (int i = 0; i < 4; i++) {
            GraphQlClient.signedIn(port, email, "not the password at all").signIn();
        }

        assertThat(GraphQlClient.signedIn(port, email, Principals.REP_PASSWORD).signIn())
                .isEqualTo(200);
        assertThat(users.byEmail(email).orElseThrow().failedSignIns()).isZero();
    }

    @Test
    void a_session_request_without_the_csrf_header_is_refused_and_a_bearer_request_needs_none() throws Exception {
        java.net.CookieManager cookies = new java.net.CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        URI root = URI.create("http://localhost:" + port);
        browser.send(HttpRequest.newBuilder(root.resolve("/auth/csrf")).build(), HttpResponse.BodyHandlers.ofString());
        String token = cookies.getCookieStore().get(root).stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst()
                .orElseThrow()
                .getValue();
        HttpResponse<String> withoutToken = browser.send(
                HttpRequest.newBuilder(root.resolve("/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + GraphQlClient.ADMIN_EMAIL
                                + "\",\"password\":\"" + GraphQlClient.ADMIN_PASSWORD + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> signedIn = browser.send(
                HttpRequest.newBuilder(root.resolve("/auth/login"))
                        .header("Content-Type", "application/json")
                        .header("X-XSRF-TOKEN", token)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + GraphQlClient.ADMIN_EMAIL
                                + "\",\"password\":\"" + GraphQlClient.ADMIN_PASSWORD + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> forged = browser.send(
                HttpRequest.newBuilder(root.resolve("/graphql"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"query\":\"{ reps(first: 100) { nodes { id } } }\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String key = new Principals(port, graphQl).apiKey("setup:read");

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(forged.statusCode())
                .as("a session cookie without the CSRF header")
                .isEqualTo(403);
        assertThat(GraphQlClient.withKey(port, key, null)
                        .execute("{ reps(first: 100) { nodes { id } } }")
                        .at("/data/reps/nodes")
                        .isArray())
                .isTrue();
    }

    @Test
    void a_deactivated_users_open_session_stops_working_at_the_next_request() {
        Principals principals = new Principals(port, graphQl);
        String repId = workspace.rep("Leaving");
        GraphQlClient rep = principals.rep(repId);
        assertThat(rep.execute("{ me { kind rep { id } } }")
                        .at("/data/me/rep/id")
                        .asString())
                .isEqualTo(repId);
        String userId = users.all().stream()
                .filter(u -> u.repId() != null && u.repId().value().equals(GlobalIds.storedId(repId)))
                .findFirst()
                .orElseThrow()
                .id();

        graphQl.execute(
                "mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { user { active } } }",
                Map.of("input", Map.of("userId", userId)));

        assertThat(rep.execute("{ reps(first: 100) { nodes { id } } }")
                        .at("/errors/0/extensions/code")
                        .asString())
                .isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void ten_wrong_passwords_at_once_lock_the_user_too() throws Exception {
        String email = newRepUser(new Principals(port, graphQl), workspace.rep("Stormed"));
        java.util.concurrent.ExecutorService attackers = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            List<java.util.concurrent.Future<Integer>> tries = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                tries.add(attackers.submit(() -> GraphQlClient.signedIn(port, email, "not the password at all")
                        .signIn()));
            }
            for (java.util.concurrent.Future<Integer> attempt : tries) {
                assertThat(attempt.get()).isEqualTo(401);
            }
        } finally {
            attackers.shutdown();
        }

        assertThat(users.byEmail(email).orElseThrow().lockedUntil())
                .isAfter(TestClock.app().instant());
        assertThat(GraphQlClient.signedIn(port, email, Principals.REP_PASSWORD).signIn())
                .isEqualTo(401);
    }

    @Test
    void the_last_active_admin_cannot_be_deactivated() {
        // Were there another admin, the test admin would really be deactivated under the other tests' feet.
        org.junit.jupiter.api.Assumptions.assumeTrue(
                users.countActiveAdmins() == 1, "the test admin is the only admin");
        String adminId = users.byEmail(GraphQlClient.ADMIN_EMAIL).orElseThrow().id();

        JsonNode refused = graphQl.execute(
                        "mutation($input: DeactivateUserInput!) { deactivateUser(input: $input) { errors { code field } } }",
                        Map.of("input", Map.of("userId", adminId)))
                .at("/data/deactivateUser/errors/0");

        assertThat(refused.at("/code").asString()).isEqualTo("IN_USE");
        assertThat(users.byId(adminId).orElseThrow().active()).isTrue();
    }

    @Test
    void signing_out_ends_the_session() {
        GraphQlClient admin = new GraphQlClient(port);
        assertThat(admin.execute("{ me { kind } }").at("/data/me/kind").asString())
                .isEqualTo("ADMIN");

        assertThat(admin.postTo("/auth/logout").statusCode()).isEqualTo(204);

        assertThat(admin.execute("{ me { kind } }").at("/data/me").isNull()).isTrue();
    }

    @Test
    void a_user_changes_their_password_giving_the_current_one() {
        String repId = workspace.rep("Changer");
        GraphQlClient rep = new Principals(port, graphQl).rep(repId);
        String change =
                "mutation($input: ChangePasswordInput!) { changePassword(input: $input) { changed errors { code field } } }";

        JsonNode wrong = rep.execute(
                change,
                Map.of("input", Map.of("currentPassword", "guess guess guess", "newPassword", "a brand new password")));
        JsonNode tooShort = rep.execute(
                change, Map.of("input", Map.of("currentPassword", Principals.REP_PASSWORD, "newPassword", "short")));
        JsonNode changed = rep.execute(
                change,
                Map.of(
                        "input",
                        Map.of("currentPassword", Principals.REP_PASSWORD, "newPassword", "a brand new password")));
        String email = rep.execute("{ me { name } }").at("/data/me/name").asString();

        assertThat(wrong.at("/data/changePassword/errors/0/field").asString()).isEqualTo("currentPassword");
        assertThat(tooShort.at("/data/changePassword/errors/0/field").asString())
                .isEqualTo("newPassword");
        assertThat(changed.at("/data/changePassword/changed").asBoolean()).isTrue();
        assertThat(GraphQlClient.signedIn(port, email, "a brand new password").signIn())
                .isEqualTo(200);
    }

    @Test
    void a_rep_sees_and_acts_on_their_own_leads_only_and_a_blind_pull_lead_stays_hidden_until_claimed() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        String pool = workspace.pool("Own leads " + UUID.randomUUID(), List.of(ana, ben));
        String anasLead = workspace
                .submit(Workspace.lead(pool, 1, Map.of()))
                .at("/data/submitLead/lead/id")
                .asString();
        String bensLead = workspace
                .submit(Workspace.lead(pool, 2, Map.of()))
                .at("/data/submitLead/lead/id")
                .asString();
        String blindForm =
                workspace.queueForm(workspace.pool("Blind " + UUID.randomUUID(), List.of(ana, ben)), "BLIND_PULL");
        Map<String, Object> blindLead = Workspace.lead(null, 3, Map.of("formId", blindForm));
        String blind =
                workspace.submit(blindLead).at("/data/submitLead/lead/id").asString();
        GraphQlClient asAna = new Principals(port, graphQl).rep(ana);
        String read = "query($id: ID!) { lead(id: $id) { id name } }";

        assertThat(asAna.execute(read, Map.of("id", anasLead))
                        .at("/data/lead/id")
                        .asString())
                .isEqualTo(anasLead);
        assertThat(asAna.execute(read, Map.of("id", bensLead)).at("/data/lead").isNull())
                .isTrue();
        assertThat(asAna.execute(read, Map.of("id", blind)).at("/data/lead").isNull())
                .as("blind pull, unclaimed")
                .isTrue();
        assertThat(asAna.execute("{ leads { edges { node { id } } } }")
                        .at("/data/leads/edges")
                        .findValuesAsString("id"))
                .containsExactly(anasLead);
        assertThat(asAna.execute("{ assignments { edges { node { lead { id } } } } }")
                        .at("/data/assignments/edges")
                        .findValuesAsString("id"))
                .containsExactly(anasLead);
        assertThat(asAna.execute(
                                "query($rep: ID) { assignments(repId: $rep) { edges { cursor } } }", Map.of("rep", ben))
                        .at("/errors/0/extensions/code")
                        .asString())
                .isEqualTo("FORBIDDEN");
        assertThat(asAna.execute(
                                "mutation($input: AcceptLeadInput!) { acceptLead(input: $input) { errors { code } } }",
                                Map.of("input", Map.of("leadId", bensLead, "repId", ben)))
                        .at("/errors/0/extensions/code")
                        .asString())
                .isEqualTo("FORBIDDEN");

        String notAnas = workspace.pool("Not Ana's " + UUID.randomUUID(), List.of(ben));
        assertThat(asAna.execute(
                                "query($pool: ID!) { openQueue(poolId: $pool) { edges { cursor } } }",
                                Map.of("pool", notAnas))
                        .at("/errors/0/extensions/code")
                        .asString())
                .isEqualTo("FORBIDDEN");

        JsonNode claimed = asAna.execute(
                "mutation($input: ClaimLeadInput!) { claimLead(input: $input) { errors { code } } }",
                Map.of("input", Map.of("leadId", blind, "repId", ana)));

        assertThat(claimed.at("/data/claimLead/errors").size())
                .as(claimed.toString())
                .isZero();
        assertThat(asAna.execute(read, Map.of("id", blind))
                        .at("/data/lead/name")
                        .asString())
                .isEqualTo("Prospect 3");
    }
}
