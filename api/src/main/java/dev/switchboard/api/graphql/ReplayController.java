package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.Views.LeadView;
import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.Slice;
import dev.switchboard.routing.explain.ReasonWords;
import dev.switchboard.routing.replay.Replay;
import dev.switchboard.routing.replay.ReplayRouter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ReplayController {

    record ReplayRouterInput(String routerId, Integer version, Instant from, Instant to) {}

    record ReplayRouterPayload(ReplayView replay, List<UserError> errors) {}

    record ReplayView(int leads, List<RepCount> before, List<RepCount> after, List<ChangeView> changes) {}

    record RepCount(String repId, long leads) {
        static List<RepCount> of(Map<RepId, Long> perRep) {
            return perRep.entrySet().stream()
                    .sorted(Map.Entry.<RepId, Long>comparingByValue()
                            .reversed()
                            .thenComparing(e -> e.getKey().value()))
                    .map(e -> new RepCount(e.getKey().value(), e.getValue()))
                    .toList();
        }
    }

    record ChangeView(
            String leadId,
            Outcome outcomeBefore,
            String repBefore,
            Outcome outcomeAfter,
            String repAfter,
            String reasonAfter) {}

    private final ReplayRouter replayRouter;
    private final Leads leads;
    private final Reps reps;

    ReplayController(ReplayRouter replayRouter, Leads leads, Reps reps) {
        this.replayRouter = replayRouter;
        this.leads = leads;
        this.reps = reps;
    }

    /** The changed decisions, oldest first, paged in memory: a replay is worked out whole, never stored. */
    @SchemaMapping(typeName = "Replay", field = "changes")
    Connection<ChangeView> changes(ReplayView replay, @Argument Integer first, @Argument String after) {
        List<ChangeView> all = replay.changes();
        Map<ChangeView, PagePosition> at = new java.util.IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            at.put(
                    all.get(i),
                    new PagePosition(String.format("%07d", i), all.get(i).leadId()));
        }
        return Connection.of(
                Slice.after(all, at::get, Cursor.REPLAY_CHANGES.decode(after), Connection.limit(first)),
                c -> Cursor.REPLAY_CHANGES.encode(at.get(c)),
                c -> c,
                () -> all.size());
    }

    @QueryMapping
    ReplayRouterPayload replayRouter(@Argument ReplayRouterInput input) {
        try {
            Replay replay =
                    replayRouter.replay(new RouterId(input.routerId()), input.version(), input.from(), input.to());
            List<ChangeView> changes = replay.changes().stream()
                    .map(c -> new ChangeView(
                            c.leadId().value(),
                            c.outcomeBefore(),
                            c.repBefore() == null ? null : c.repBefore().value(),
                            c.outcomeAfter(),
                            c.repAfter() == null ? null : c.repAfter().value(),
                            ReasonWords.ENGLISH.sentence(c.explanationAfter())))
                    .toList();
            return new ReplayRouterPayload(
                    new ReplayView(replay.leads(), RepCount.of(replay.before()), RepCount.of(replay.after()), changes),
                    List.of());
        } catch (InputRejected rejected) {
            return new ReplayRouterPayload(null, UserError.of(rejected));
        }
    }

    @BatchMapping(typeName = "RepCount", field = "rep")
    Map<RepCount, RepView> countRep(List<RepCount> counts) {
        return Batches.load(counts, c -> new RepId(c.repId()), reps::byIds, RepView::of);
    }

    @BatchMapping(typeName = "ReplayChange", field = "repBefore")
    Map<ChangeView, RepView> repBefore(List<ChangeView> changes) {
        return Batches.load(
                changes, c -> c.repBefore() == null ? null : new RepId(c.repBefore()), reps::byIds, RepView::of);
    }

    @BatchMapping(typeName = "ReplayChange", field = "repAfter")
    Map<ChangeView, RepView> repAfter(List<ChangeView> changes) {
        return Batches.load(
                changes, c -> c.repAfter() == null ? null : new RepId(c.repAfter()), reps::byIds, RepView::of);
    }

    @BatchMapping(typeName = "ReplayChange", field = "lead")
    Map<ChangeView, LeadView> lead(List<ChangeView> changes) {
        return Batches.load(changes, c -> new LeadId(c.leadId()), leads::byIds, LeadView::of);
    }
}
