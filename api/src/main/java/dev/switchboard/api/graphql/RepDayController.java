package dev.switchboard.api.graphql;

import dev.switchboard.access.Access;
import dev.switchboard.access.Caller;
import dev.switchboard.access.Scope;
import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.routing.insights.ReadRepsToday;
import graphql.GraphQLContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** Each rep's leads and meetings today, read for a whole list of reps at once. */
@Controller
class RepDayController {

    record RepDayView(String date, Instant from, Instant to, long leads, long meetings) {

        static RepDayView of(ReadRepsToday.Today today) {
            return new RepDayView(
                    today.date().toString(),
                    today.day().start(),
                    today.day().end(),
                    today.counts().leads(),
                    today.counts().meetings());
        }
    }

    private static final Access COUNTS = Access.scope(Scope.LEADS_READ);

    private final ReadRepsToday readRepsToday;

    RepDayController(ReadRepsToday readRepsToday) {
        this.readRepsToday = readRepsToday;
    }

    /** A rep sees only their own day; an API key needs leads:read, as the counts add up leads. */
    @BatchMapping(typeName = "Rep", field = "today")
    Map<RepView, RepDayView> today(List<RepView> reps, GraphQLContext context) {
        Caller caller = context.get(Caller.CONTEXT_KEY);
        Map<RepId, ZoneId> zones = new LinkedHashMap<>();
        for (RepView rep : reps) {
            if (mayRead(caller, rep)) {
                zones.put(new RepId(rep.id()), ZoneId.of(rep.timeZone()));
            }
        }
        return Batches.load(
                reps.stream().filter(rep -> mayRead(caller, rep)).toList(),
                rep -> new RepId(rep.id()),
                ids -> readRepsToday.of(zones),
                RepDayView::of);
    }

    private static boolean mayRead(Caller caller, RepView rep) {
        if (caller instanceof Caller.Rep asking) {
            return asking.repId().value().equals(rep.id());
        }
        return caller != null && caller.admittedBy(COUNTS);
    }
}
