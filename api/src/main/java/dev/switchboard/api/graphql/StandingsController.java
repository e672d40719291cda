package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.Views.CandidateView;
import dev.switchboard.api.graphql.Views.PoolView;
import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.api.graphql.Views.ShareView;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.Strategy;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.routing.engine.ReadStandings;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** A pool's live standings: translated from {@link ReadStandings}, whose decision words are rendered here. */
@Controller
class StandingsController {

    record StandingsView(
            String window,
            long turnsTaken,
            List<ShareView> members,
            List<CandidateView> next,
            String nextRepId,
            String why) {}

    private final ReadStandings readStandings;
    private final Reps reps;

    StandingsController(ReadStandings readStandings, Reps reps) {
        this.readStandings = readStandings;
        this.reps = reps;
    }

    @SchemaMapping(typeName = "Pool", field = "standings")
    StandingsView standings(PoolView pool) {
        return readStandings
                .of(new PoolId(pool.id()))
                .map(StandingsController::view)
                .orElseGet(() -> new StandingsView("", 0, List.of(), List.of(), null, "The pool no longer exists."));
    }

    private static StandingsView view(ReadStandings.PoolStandings s) {
        List<CandidateView> next = s.next().stream().map(CandidateView::of).toList();
        return new StandingsView(
                s.window(),
                s.turnsTaken(),
                s.members().stream().map(ShareView::of).toList(),
                next,
                s.nextRep().map(RepId::value).orElse(null),
                why(s));
    }

    /** The reason in words: what orders the members, then who is passed over on the way. */
    private static String why(ReadStandings.PoolStandings s) {
        if (s.pool().members().isEmpty()) {
            return "The pool has no members.";
        }
        if (s.nextRep().isEmpty()) {
            return "Every member would be passed over now, so the pool's overflow (or nobody) takes the next lead.";
        }
        String order = s.pool().strategy() == Strategy.EQUAL_DISTRIBUTION
                ? "lowest share of the window (leads plus credit, divided by weight) goes first, ties in rotation order"
                : s.pool().strategy() == Strategy.PERFORMANCE_WEIGHTED
                        ? "turn " + s.turnsTaken() + " of the rotation weighted by recent conversions"
                        : "turn " + s.turnsTaken() + " of the rotation";
        long passed = s.next().size() - 1;
        return "Next by " + order
                + (passed == 0
                        ? "."
                        : "; " + passed + (passed == 1 ? " member is" : " members are")
                                + " passed over first (see each one's reason).")
                + (s.pool().availabilityFirst() == null ? "" : AVAILABILITY_FIRST);
    }

    /**
     * The standings read no calendars (a read per member is not worth a glance), so for an availability-first pool
     * the next one is next only if free: said, rather than shown as certain.
     */
    static final String AVAILABILITY_FIRST = " The pool is availability-first: that member takes the lead only with a"
            + " free slot of the pool's meeting type within its horizon; a member without one is passed over (no free"
            + " slot) for the next in this order. These standings do not read calendars, so they cannot say who is free.";

    @BatchMapping(typeName = "PoolStandings", field = "nextRep")
    Map<StandingsView, RepView> nextRep(List<StandingsView> page) {
        return Batches.load(
                page, s -> s.nextRepId() == null ? null : new RepId(s.nextRepId()), reps::byIds, RepView::of);
    }
}
