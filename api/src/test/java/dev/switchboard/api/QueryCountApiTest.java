package dev.switchboard.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * A page of leads with everything an admin's routing log shows costs the same few database reads
 * whether it holds 5 leads or 50: every lead's rep, pool, decision, candidates and missed rules are
 * read in batches (DataLoader), never once per lead.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "switchboard.embedded-mongo.storage=memory",
            "switchboard.demo.enabled=false",
            "switchboard.admin.email=" + GraphQlClient.ADMIN_EMAIL,
            "switchboard.admin.password=" + GraphQlClient.ADMIN_PASSWORD,
            // Background jobs read the database on their own schedule: off, so only the page's reads are counted.
            "switchboard.sla.enabled=false",
            "switchboard.events.enabled=false",
            "switchboard.booking.outbox-enabled=false",
            "switchboard.bulk-import.enabled=false"
        })
@Import(QueryCountApiTest.CountedReads.class)
class QueryCountApiTest {

    private static final AtomicInteger READS = new AtomicInteger();
    private static final Set<String> READ_COMMANDS = Set.of("find", "aggregate", "count", "getMore");

    private static final String PAGE = """
            query($first: Int!) { leads(first: $first) { edges { node {
              id name pool { name }
              form { name } convertedAt
              assignment { outcome rep { name } pool { name members { rep { name } } }
                explanation { reason router { name } misses { rule failed } candidates { rep { name } chosen } }
                current { owner { name } } history { kind } }
            } } } }""";

    @TestConfiguration(proxyBeanMethods = false)
    static class CountedReads {
        @Bean
        MongoClientSettingsBuilderCustomizer countReads() {
            return settings -> settings.addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    // The browser session is read per request, not per page (Spring Session reads it again as it
                    // commits, which may come after the answer has reached the client): not what is counted here.
                    if (READ_COMMANDS.contains(event.getCommandName())
                            && !"sessions"
                                    .equals(event.getCommand()
                                            .getString(event.getCommandName(), new org.bson.BsonString(""))
                                            .getValue())) {
                        READS.incrementAndGet();
                    }
                }
            });
        }
    }

    @LocalServerPort
    int port;

    GraphQlClient graphQl;

    @BeforeEach
    void givenFiftyLeadsRoutedByARouterThroughAPool() {
        graphQl = new GraphQlClient(port);
        Workspace workspace = new Workspace(graphQl);
        String pool = workspace.pool("Inbound", List.of(workspace.rep("A"), workspace.rep("B"), workspace.rep("C")));
        Map<String, Object> router = Map.of(
                "name",
                "Inbound",
                "rules",
                List.of(Map.of(
                        "name",
                        "Big deals",
                        "condition",
                        Map.of("field", "DEAL_VALUE", "operator", "GREATER_THAN", "values", List.of("100000")),
                        "action",
                        Map.of("type", "ROUTE_TO_POOL", "poolId", pool))),
                "fallback",
                Map.of("type", "ROUTE_TO_POOL", "poolId", pool));
        String routerId = graphQl.execute(
                        "mutation($input: CreateRouterInput!) { createRouter(input: $input) { router { id } } }",
                        Map.of("input", router))
                .at("/data/createRouter/router/id")
                .asString();
        graphQl.execute(
                "mutation($input: PublishRouterInput!) { publishRouter(input: $input) { errors { code } } }",
                Map.of("input", Map.of("routerId", routerId, "version", 1)));
        String form = graphQl.execute(
                        "mutation($input: CreateFormInput!) { createForm(input: $input) { form { id } } }",
                        Map.of("input", Map.of("name", "Contact", "routerId", routerId)))
                .at("/data/createForm/form/id")
                .asString();
        for (int n = 0; n < 50; n++) {
            workspace.submit(Map.of("formId", form, "name", "Prospect " + n, "email", "p" + n + "@acme.example"));
        }
    }

    private int readsFor(int first) {
        READS.set(0);
        JsonNode page = graphQl.execute(PAGE, Map.of("first", first));
        assertThat(page.at("/errors").isMissingNode()).as(page.toString()).isTrue();
        assertThat(page.at("/data/leads/edges").size()).isEqualTo(first);
        assertThat(page.at("/data/leads/edges/0/node/assignment/explanation/misses/0/rule")
                        .asString())
                .isEqualTo("Big deals");
        return READS.get();
    }

    @Test
    void a_page_of_fifty_leads_reads_the_database_as_often_as_a_page_of_five() {
        int five = readsFor(5);
        int fifty = readsFor(50);

        assertThat(fifty).isEqualTo(five);
        assertThat(fifty)
                .as("reads for a page of 50, whatever its size (each lead's form, conversion and router among them)")
                .isLessThanOrEqualTo(16);
    }

    private static final String BOOKINGS = """
            query($first: Int!) { bookings(first: $first) { edges { node {
              id meetingType { name durationMinutes } rep { name } lead { name } } } } }""";

    private int readsForBookings(int first) {
        READS.set(0);
        JsonNode page = graphQl.execute(BOOKINGS, Map.of("first", first));
        assertThat(page.at("/errors").isMissingNode()).as(page.toString()).isTrue();
        assertThat(page.at("/data/bookings/edges").size()).isEqualTo(first);
        assertThat(page.at("/data/bookings/edges/0/node/meetingType/name").isString())
                .as(page.toString())
                .isTrue();
        return READS.get();
    }

    @Test
    void a_page_of_bookings_reads_their_meeting_types_in_one_batch_whatever_its_size() {
        Booker booker = new Booker(graphQl);
        Workspace workspace = new Workspace(graphQl);
        List<String> types = List.of(booker.meetingType(30, 0), booker.meetingType(60, 0), booker.meetingType(15, 0));
        String pool = workspace.pool("Bookings", List.of(workspace.rep("Booked")));
        for (int n = 0; n < 12; n++) {
            booker.booked(
                    booker.lead(workspace, pool, 100 + n),
                    types.get(n % types.size()),
                    Booker.monday("09:00")
                            .plus(java.time.Duration.ofMinutes(60L * (n % 8)))
                            .plus(java.time.Duration.ofDays(n / 8)));
        }
        int two = readsForBookings(2);
        int twelve = readsForBookings(12);

        assertThat(twelve).isEqualTo(two);
        assertThat(twelve)
                .as("the bookings, their meeting types, reps and leads")
                .isLessThanOrEqualTo(5);
    }

    private static final String AUDIT = """
            query($first: Int!) { auditLog(first: $first) { edges { node { operation targetId
              target { __typename ... on Pool { name } ... on Rep { name } ... on Router { name } ... on Form { name } } } } } }""";

    private int readsForAudit(int first) {
        READS.set(0);
        JsonNode page = graphQl.execute(AUDIT, Map.of("first", first));
        assertThat(page.at("/errors").isMissingNode()).as(page.toString()).isTrue();
        assertThat(page.at("/data/auditLog/edges").size()).isEqualTo(first);
        return READS.get();
    }

    @Test
    void a_page_of_audit_entries_reads_their_targets_once_per_kind_whatever_its_size() {
        // The newest seven entries are this test's setup: three reps, the pool, the router twice and the form.
        int few = readsForAudit(7);
        Workspace workspace = new Workspace(graphQl);
        for (int n = 0; n < 10; n++) {
            workspace.rep("Audited " + n);
        }
        int many = readsForAudit(17);

        assertThat(many).isEqualTo(few);
        assertThat(many)
                .as("the entries, then reps, the pool (one read each), the router (three) and the form")
                .isLessThanOrEqualTo(8);
    }

    private static final String REPS = """
            { reps(first: 100) { nodes { id name timeZone active today { date leads meetings } calendar { kind } calendarHealth { ok } } } }""";

    private int readsForReps() {
        READS.set(0);
        JsonNode reps = graphQl.execute(REPS);
        assertThat(reps.at("/errors").isMissingNode()).as(reps.toString()).isTrue();
        assertThat(reps.at("/data/reps/nodes/0/today/date").isString())
                .as(reps.toString())
                .isTrue();
        return READS.get();
    }

    @Test
    void the_reps_list_with_each_reps_day_reads_the_database_as_often_for_twenty_reps_more() {
        int few = readsForReps();
        Workspace workspace = new Workspace(graphQl);
        for (int n = 0; n < 20; n++) {
            workspace.rep("Rep " + n);
        }
        int many = readsForReps();

        assertThat(many).isEqualTo(few);
        assertThat(many)
                .as("the reps, their days (leads, meetings), calendars and health")
                .isLessThanOrEqualTo(6);
    }
}
