package dev.switchboard.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.model.ContactKeys;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Pool;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.PoolMember;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.model.rule.Compare;
import dev.switchboard.domain.model.rule.LeadField;
import dev.switchboard.domain.model.rule.Operator;
import dev.switchboard.domain.model.rule.Qualification;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.RuleAction;
import dev.switchboard.routing.engine.EarlierLeads;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

/**
 * Member filters, a router version's own qualification and lead-to-lead matching, stored and read back on the embedded
 * server, and data stored before each existed read as it did: pools take every lead, routers screen by the
 * workspace's, and earlier leads are given their keys on start and found.
 */
class StoredBeforeCorrectionsTest {

    private static final Instant THEN = Instant.parse("2026-11-20T09:00:00Z");

    private final EmbeddedDatabase database = EmbeddedDatabase.start("corrections");
    private final MongoTemplate mongo = database.template();

    @AfterEach
    void stop() {
        database.close();
    }

    @Test
    void a_member_filter_is_stored_with_the_member_and_a_pool_stored_before_filters_takes_every_lead() {
        MongoPools pools = new MongoPools(mongo);
        Compare belgium = Compare.of(LeadField.COUNTRY, Operator.EQUALS, "BE");
        Pool filtered = new Pool(
                new PoolId("filtered"),
                "Benelux",
                Strategy.ROUND_ROBIN,
                List.of(new PoolMember(new RepId("ana"), 1, null, null, belgium), new PoolMember(new RepId("ben"), 1)));
        pools.add(filtered);
        mongo.insert(
                new Document("_id", "old")
                        .append("name", "Old")
                        .append("strategy", "ROUND_ROBIN")
                        .append("members", List.of(new Document("repId", "ana").append("weight", 1))),
                "pools");

        Pool read = pools.byId(new PoolId("filtered")).orElseThrow();
        Pool old = pools.byId(new PoolId("old")).orElseThrow();

        assertThat(read.members().get(0).filter()).isEqualTo(belgium);
        assertThat(read.members().get(1).filter()).isNull();
        assertThat(old.members().get(0).filter()).isNull();
    }

    @Test
    void a_router_versions_own_qualification_is_stored_with_it_and_one_stored_before_screens_by_the_workspaces() {
        MongoRouters routers = new MongoRouters(mongo);
        Qualification own =
                new Qualification(Set.of("gmail.com"), true, List.of(), List.of("student"), List.of(), 50, 10);
        RouterId id = new RouterId("screening");
        RuleAction toPool = new RuleAction.RouteToPool(new PoolId("p"));
        routers.addVersion(new Router(id, "Screening", 1, List.of(), toPool, own));
        routers.addVersion(new Router(id, "Screening", 2, List.of(), toPool));
        mongo.insert(
                new Document("_id", "old:1")
                        .append("routerId", "old")
                        .append("version", 1)
                        .append("name", "Old")
                        .append("rules", List.of())
                        .append("fallback", new Document("kind", "pool").append("poolId", "p")),
                "router_versions");

        assertThat(routers.version(id, 1).orElseThrow().qualification()).isEqualTo(own);
        assertThat(routers.version(id, 2).orElseThrow().qualification()).isNull();
        assertThat(routers.version(new RouterId("old"), 1).orElseThrow().qualification())
                .isNull();
    }

    @Test
    void leads_stored_before_matching_are_given_their_keys_on_start_and_found_by_the_keyed_index() {
        mongo.insert(
                new Document("_id", "earlier")
                        .append("submittedAt", Date.from(THEN))
                        .append("name", "Pat")
                        .append("email", "Pat@acme.example")
                        .append("phone", "+32 470 12 34 56"),
                "leads");
        // A decision stored before ownership was kept: its rep owns the lead.
        mongo.insert(
                new Document("_id", "a1")
                        .append("leadId", "earlier")
                        .append("outcome", "ASSIGNED")
                        .append("repId", "ana"),
                "assignments");

        EarlierLeads earlier = new MongoEarlierLeads(mongo);
        ContactKeys pat = ContactKeys.of(new EmailAddress("pat@ACME.example"), null);
        ContactKeys byPhone = ContactKeys.of(new EmailAddress("patricia@home.example"), "32470123456");

        Optional<EarlierLeads.Owned> byEmail =
                earlier.newestOwned(new LeadId("new"), pat, false, THEN.minusSeconds(60), THEN.plusSeconds(60));
        assertThat(byEmail).isPresent();
        assertThat(byEmail.get().earlier().lead()).isEqualTo(new LeadId("earlier"));
        assertThat(byEmail.get().earlier().matchedBy()).isEqualTo("EMAIL");
        assertThat(byEmail.get().owner()).isEqualTo(new RepId("ana"));
        assertThat(earlier.newestOwned(new LeadId("new"), byPhone, true, THEN.minusSeconds(60), THEN.plusSeconds(60))
                        .map(found -> found.earlier().matchedBy()))
                .contains("PHONE");
        assertThat(earlier.newestOwned(new LeadId("new"), byPhone, false, THEN.minusSeconds(60), THEN.plusSeconds(60)))
                .as("not by phone unless asked")
                .isEmpty();
        assertThat(earlier.newestOwned(new LeadId("new"), pat, false, THEN.plusSeconds(1), THEN.plusSeconds(60)))
                .as("outside the period")
                .isEmpty();
        assertThat(earlier.newestOwned(new LeadId("earlier"), pat, false, THEN.minusSeconds(60), THEN.plusSeconds(60)))
                .as("a lead is not its own earlier lead")
                .isEmpty();
        assertThat(mongo.indexOps("leads").getIndexInfo().stream().map(IndexInfo::getName))
                .contains("email_key", "phone_key");
    }
}
