package dev.switchboard.persistence.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.model.rule.RuleAction;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Routers read for a page of decisions at once, against the embedded server over the wire protocol. */
class MongoRoutersTest {

    private final EmbeddedDatabase database = EmbeddedDatabase.start("routers");
    private final MongoRouters routers = new MongoRouters(database.template());
    private final RuleAction toPool = new RuleAction.RouteToPool(new PoolId("p"));

    @AfterEach
    void stop() {
        database.close();
    }

    @Test
    void the_newest_version_of_each_router_asked_for_is_read_at_once_and_a_retired_or_unknown_one_is_left_out() {
        RouterId inbound = new RouterId("inbound");
        RouterId retired = new RouterId("retired");
        routers.addVersion(new Router(inbound, "Inbound", 1, List.of(), toPool));
        routers.addVersion(new Router(inbound, "Inbound renamed", 2, List.of(), toPool));
        routers.publish(inbound, 1);
        routers.addVersion(new Router(retired, "Old", 1, List.of(), toPool));
        routers.delete(retired);

        var latest = routers.latestOf(List.of(inbound, retired, new RouterId("unknown")));

        assertThat(latest).containsOnlyKeys(inbound);
        assertThat(latest.get(inbound).version()).isEqualTo(2);
        assertThat(latest.get(inbound).name()).isEqualTo("Inbound renamed");
        assertThat(routers.liveVersions(List.of(inbound, new RouterId("unknown"))))
                .as("the live version's number, 0 for a router never published")
                .containsEntry(inbound, 1)
                .containsEntry(new RouterId("unknown"), 0);
    }
}
