package dev.switchboard.api;

import static dev.switchboard.api.Booker.monday;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.routing.ownership.ReassignOverdueLeads;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** What admins watch: a pool's live standings, the analytics of a period, and the calendar-write and mail outbox. */
class InsightsApiTest extends ApiTest {

    private static final String STANDINGS = """
            query($id: ID!) { pool(id: $id) { standings { window turnsTaken
              members { rep { name } weight count share target away }
              next { rep { name } chosen skip { code words } } nextRep { name } why } } }""";

    private static final String ANALYTICS = """
            query($input: AnalyticsInput!) { analytics(input: $input) {
              analytics {
                fairness { leads members { rep { name } leads share targetShare } days { day rep { name } leads } }
                speedToLead { fromMinutes toMinutes leads }
                conversionByRep { rep { name } leads meetings }
                conversionBySource { source leads meetings }
                slaMoves { rep { name } moved escalated } }
              errors { code field message } } }""";

    @Autowired
    ReassignOverdueLeads reassignOverdueLeads;

    private String pool(String name, String strategy, List<Map<String, Object>> members) {
        JsonNode payload = graphQl.execute(
                        """
                mutation($input: CreatePoolInput!) { createPool(input: $input) { pool { id } errors { code field message } } }""", Map.of("input", Map.of("name", name, "strategy", strategy, "members", members)))
                .at("/data/createPool");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload.at("/pool/id").asString();
    }

    private JsonNode standings(String pool) {
        return graphQl.execute(STANDINGS, Map.of("id", pool)).at("/data/pool/standings");
    }

    private JsonNode submitted(String pool, int n, String source) {
        JsonNode payload = workspace
                .submit(Workspace.lead(pool, n, Map.of("source", source)))
                .at("/data/submitLead");
        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        return payload;
    }

    @Test
    void standings_show_each_members_count_share_and_target_and_who_is_next_without_taking_a_turn() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        String pool = pool("Even", "EQUAL_DISTRIBUTION", List.of(Map.of("repId", ana), Map.of("repId", ben)));
        assertThat(submitted(pool, 1, "web").at("/assignment/rep/name").asString())
                .isEqualTo("Ana");

        JsonNode standings = standings(pool);
        JsonNode again = standings(pool);

        assertThat(standings.at("/members").findValuesAsString("name")).containsExactly("Ana", "Ben");
        assertThat(standings.at("/members/0/count").asInt()).isEqualTo(1);
        assertThat(standings.at("/members/0/share").asDouble()).isEqualTo(1.0);
        assertThat(standings.at("/members/1/count").asInt()).isZero();
        assertThat(standings.at("/members/1/target").asDouble()).isEqualTo(0.5);
        assertThat(standings.at("/nextRep/name").asString()).isEqualTo("Ben");
        assertThat(standings.at("/why").asString()).contains("lowest share");
        assertThat(again).isEqualTo(standings);
        assertThat(submitted(pool, 2, "web").at("/assignment/rep/name").asString())
                .isEqualTo("Ben");
    }

    @Test
    void standings_name_the_members_passed_over_on_the_way_to_the_next_one_with_their_reason() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        String pool = pool("Turns", "ROUND_ROBIN", List.of(Map.of("repId", ana), Map.of("repId", ben)));
        JsonNode away = graphQl.execute(
                        """
                mutation($input: SetRepStatusInput!) { setRepStatus(input: $input) { errors { code field message } } }""",
                        Map.of(
                                "input",
                                Map.of(
                                        "repId",
                                        ana,
                                        "active",
                                        true,
                                        "awayUntil",
                                        TestClock.app()
                                                .instant()
                                                .plus(Duration.ofDays(2))
                                                .toString())))
                .at("/data/setRepStatus");
        assertThat(away.at("/errors").size()).as(away.toString()).isZero();

        JsonNode standings = standings(pool);

        assertThat(standings.at("/turnsTaken").asInt()).isZero();
        assertThat(standings.at("/next/0/rep/name").asString()).isEqualTo("Ana");
        assertThat(standings.at("/next/0/skip/code").asString()).isEqualTo("OUT_OF_OFFICE");
        assertThat(standings.at("/next/1/chosen").asBoolean()).isTrue();
        assertThat(standings.at("/nextRep/name").asString()).isEqualTo("Ben");
        assertThat(standings.at("/members/0/away").asBoolean()).isTrue();
        assertThat(standings.at("/why").asString()).contains("1 member is passed over");
    }

    @Test
    void analytics_count_leads_against_target_shares_waits_to_acceptance_meetings_by_rep_and_source_and_sla_moves() {
        String ana = workspace.rep("Ana");
        String ben = workspace.rep("Ben");
        String pool = pool(
                "Weighted",
                "WEIGHTED_ROUND_ROBIN",
                List.of(Map.of("repId", ana, "weight", 1), Map.of("repId", ben, "weight", 3)));
        graphQl.execute(
                "mutation($input: SetPoolSlaInput!) { setPoolSla(input: $input) { errors { code } } }",
                Map.of("input", Map.of("poolId", pool, "acceptWithinMinutes", 5)));
        TestClock clock = TestClock.app();
        Instant from = clock.instant().minus(Duration.ofHours(1));
        clock.setBack(Duration.ofMinutes(30));
        List<String> leads = new ArrayList<>();
        Map<String, String> repOf = new HashMap<>();
        for (int n = 0; n < 4; n++) {
            JsonNode payload = submitted(pool, n, n < 2 ? "ads" : "web");
            leads.add(payload.at("/lead/id").asString());
            repOf.put(leads.get(n), payload.at("/assignment/rep/id").asString());
        }
        // The second lead is accepted at once; the first half an hour after it came in; the last two not in time.
        accept(leads.get(1), repOf.get(leads.get(1)));
        clock.resume();
        accept(leads.get(0), repOf.get(leads.get(0)));
        reassignOverdueLeads.run();
        Booker booker = new Booker(graphQl);
        booker.booked(leads.get(0), booker.meetingType(30, 0), monday("10:00"));
        Instant to = clock.instant().plus(Duration.ofMinutes(1));

        JsonNode payload = graphQl.execute(
                        ANALYTICS,
                        Map.of("input", Map.of("from", from.toString(), "to", to.toString(), "poolId", pool)))
                .at("/data/analytics");

        assertThat(payload.at("/errors").size()).as(payload.toString()).isZero();
        JsonNode analytics = payload.at("/analytics");
        JsonNode fairness = analytics.at("/fairness");
        assertThat(fairness.at("/leads").asInt()).isEqualTo(4);
        assertThat(fairness.at("/members").findValuesAsString("name")).containsExactly("Ana", "Ben");
        assertThat(fairness.at("/members/0/leads").asInt()).isEqualTo(1);
        assertThat(fairness.at("/members/0/share").asDouble()).isEqualTo(0.25);
        assertThat(fairness.at("/members/0/targetShare").asDouble()).isEqualTo(0.25);
        assertThat(fairness.at("/members/1/leads").asInt()).isEqualTo(3);
        assertThat(fairness.at("/members/1/targetShare").asDouble()).isEqualTo(0.75);
        assertThat(fairness.at("/days").findValues("leads").stream()
                        .mapToInt(JsonNode::asInt)
                        .sum())
                .isEqualTo(4);

        JsonNode buckets = analytics.at("/speedToLead");
        assertThat(buckets.findValues("fromMinutes").stream()
                        .map(JsonNode::asInt)
                        .toList())
                .containsExactly(0, 1, 5, 15, 60, 240, 1440);
        assertThat(buckets.at("/0/leads").asInt()).as(buckets.toString()).isEqualTo(1);
        assertThat(buckets.at("/3/leads").asInt()).as(buckets.toString()).isEqualTo(1);
        assertThat(buckets.at("/6/toMinutes").isNull()).isTrue();

        String bookedRep = repOf.get(leads.get(0)).equals(ana) ? "Ana" : "Ben";
        for (JsonNode row : analytics.at("/conversionByRep")) {
            String name = row.at("/rep/name").asString();
            assertThat(row.at("/meetings").asInt()).as(name).isEqualTo(name.equals(bookedRep) ? 1 : 0);
        }
        assertThat(analytics.at("/conversionBySource").toString())
                .isEqualTo(
                        "[{\"source\":\"ads\",\"leads\":2,\"meetings\":1},{\"source\":\"web\",\"leads\":2,\"meetings\":0}]");

        long moved = 0;
        for (JsonNode row : analytics.at("/slaMoves")) {
            moved += row.at("/moved").asLong() + row.at("/escalated").asLong();
        }
        assertThat(moved).as(analytics.at("/slaMoves").toString()).isEqualTo(2);
    }

    private void accept(String lead, String rep) {
        JsonNode accepted = graphQl.execute("""
                mutation($input: AcceptLeadInput!) { acceptLead(input: $input) { errors { code field message } } }""", Map.of("input", Map.of("leadId", lead, "repId", rep)))
                .at("/data/acceptLead");
        assertThat(accepted.at("/errors").size()).as(accepted.toString()).isZero();
    }

    @Test
    void a_period_that_runs_backward_or_an_unknown_pool_is_refused_on_its_field() {
        Instant now = Instant.now();
        JsonNode backward = graphQl.execute(
                        ANALYTICS,
                        Map.of(
                                "input",
                                Map.of(
                                        "from",
                                        now.toString(),
                                        "to",
                                        now.minusSeconds(60).toString())))
                .at("/data/analytics");
        JsonNode unknown = graphQl.execute(
                        ANALYTICS,
                        Map.of(
                                "input",
                                Map.of(
                                        "from",
                                        now.minusSeconds(60).toString(),
                                        "to",
                                        now.toString(),
                                        "poolId",
                                        "no-such-pool")))
                .at("/data/analytics");

        assertThat(backward.at("/errors/0/code").asString()).isEqualTo("OUT_OF_RANGE");
        assertThat(backward.at("/errors/0/field").asString()).isEqualTo("to");
        assertThat(unknown.at("/errors/0/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(unknown.at("/errors/0/field").asString()).isEqualTo("poolId");
    }

    @Test
    void a_bookings_mail_is_listed_in_the_outbox_and_a_retry_makes_it_due_now_however_often_it_is_asked() {
        String pool = workspace.pool("Mailed", List.of(workspace.rep("Mae")));
        Booker booker = new Booker(graphQl);
        String booking = booker.booked(booker.lead(workspace, pool, 1), booker.meetingType(30, 0), monday("11:00"))
                .at("/id")
                .asString();
        JsonNode mail = graphQl.execute(
                        "{ outbox(kind: MAIL, first: 200) { id kind state about bookingId attempts lastError nextAttemptAt } }")
                .at("/data/outbox");
        JsonNode invite = null;
        for (JsonNode item : mail) {
            if (booking.equals(item.at("/bookingId").asString())
                    && item.at("/about").asString().equals("BOOKED")) {
                invite = item;
            }
        }
        assertThat(invite).as(mail.toString()).isNotNull();

        String retry = """
                mutation($input: RetryOutboxItemInput!) { retryOutboxItem(input: $input) {
                  item { id state attempts nextAttemptAt } retried errors { code field message } } }""";
        Map<String, Object> input =
                Map.of("input", Map.of("kind", "MAIL", "id", invite.at("/id").asString()));
        JsonNode first = graphQl.execute(retry, input).at("/data/retryOutboxItem");
        JsonNode second = graphQl.execute(retry, input).at("/data/retryOutboxItem");
        JsonNode missing = graphQl.execute(retry, Map.of("input", Map.of("kind", "CALENDAR_WRITE", "id", "nothing")))
                .at("/data/retryOutboxItem");

        assertThat(first.at("/errors").size()).as(first.toString()).isZero();
        if (invite.at("/state").asString().equals("SENT")) {
            assertThat(first.at("/retried").asBoolean()).isFalse();
        } else {
            assertThat(first.at("/retried").asBoolean()).isTrue();
            assertThat(first.at("/item/state").asString()).isEqualTo("PENDING");
            assertThat(first.at("/item/attempts").asInt()).isZero();
        }
        assertThat(second.at("/item/state").asString())
                .isEqualTo(first.at("/item/state").asString());
        assertThat(missing.at("/errors/0/code").asString()).isEqualTo("NOT_FOUND");
        assertThat(missing.at("/errors/0/field").asString()).isEqualTo("id");
    }
}
