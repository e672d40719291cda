package dev.switchboard.api.graphql;

import dev.switchboard.api.events.EventFeed;
import dev.switchboard.api.graphql.Views.PoolView;
import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.Reason;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.outbound.StoredEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Live events for the admin UI, from the outbox, so what happens on any instance reaches subscribers on this one. */
@Controller
class EventSubscriptionController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record EventView(String id, String type, String leadId, Instant occurredAt, String body) {
        static EventView of(StoredEvent e) {
            return new EventView(e.id(), e.type(), e.leadId(), e.occurredAt(), e.body());
        }
    }

    /**
     * What a LeadAssigned webhook's {@code data} carries, read from the same body. The view holds stored ids, as every
     * view does, and the schema's ID fields answer them as global ids: the body's global ids are read back to stored
     * ids here (an event recorded in version 1 holds stored ids already), so both answer the ids {@code data} holds.
     */
    record LeadAssignedView(
            String eventId,
            String leadId,
            String assignmentId,
            Outcome outcome,
            String repId,
            String poolId,
            boolean urgent,
            String reason,
            Reason.Code reasonCode,
            Instant occurredAt) {
        static LeadAssignedView of(StoredEvent e) {
            JsonNode data = JSON.readTree(e.body()).get("data");
            String reasonCode = text(data, "reasonCode");
            return new LeadAssignedView(
                    e.id(),
                    e.leadId(),
                    stored(text(data, "assignmentId")),
                    Outcome.valueOf(data.get("outcome").asString()),
                    stored(text(data, "repId")),
                    stored(text(data, "poolId")),
                    data.get("urgent").asBoolean(),
                    text(data, "reason"),
                    reasonCode == null ? null : Reason.Code.valueOf(reasonCode),
                    e.occurredAt());
        }

        private static String stored(String id) {
            return id == null ? null : GlobalIds.storedId(id);
        }

        private static String text(JsonNode data, String field) {
            JsonNode value = data.get(field);
            return value == null || value.isNull() ? null : value.asString();
        }
    }

    private final EventFeed feed;
    private final Reps reps;
    private final Pools pools;

    EventSubscriptionController(EventFeed feed, Reps reps, Pools pools) {
        this.feed = feed;
        this.reps = reps;
        this.pools = pools;
    }

    @SubscriptionMapping
    Flux<LeadAssignedView> leadAssigned() {
        return feed.events().filter(e -> "LeadAssigned".equals(e.type())).map(LeadAssignedView::of);
    }

    @SubscriptionMapping
    Flux<EventView> events(@Argument List<String> types) {
        return feed.events()
                .filter(e -> types == null || types.contains(e.type()))
                .map(EventView::of);
    }

    @BatchMapping(typeName = "LeadAssignedEvent", field = "rep")
    Map<LeadAssignedView, RepView> rep(List<LeadAssignedView> events) {
        return Batches.load(events, e -> e.repId() == null ? null : new RepId(e.repId()), reps::byIds, RepView::of);
    }

    @BatchMapping(typeName = "LeadAssignedEvent", field = "pool")
    Map<LeadAssignedView, PoolView> pool(List<LeadAssignedView> events) {
        return Batches.load(
                events, e -> e.poolId() == null ? null : new PoolId(e.poolId()), pools::byIds, PoolView::of);
    }
}
