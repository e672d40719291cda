package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.LeadAnalytics;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.routing.insights.ReadAnalytics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The analytics query: translates the period and delegates to {@link ReadAnalytics}. */
@Controller
class AnalyticsController {

    record AnalyticsInput(Instant from, Instant to, String poolId) {}

    record AnalyticsPayload(AnalyticsView analytics, List<UserError> errors) {}

    record AnalyticsView(
            FairnessView fairness,
            List<BucketView> speedToLead,
            List<RepConversionView> conversionByRep,
            List<SourceConversionView> conversionBySource,
            List<SlaMovesView> slaMoves) {}

    record FairnessView(long leads, List<FairShareView> members, List<DayView> days) {}

    record FairShareView(String repId, long leads, double share, Double targetShare) {}

    record DayView(String day, String repId, long leads) {}

    record BucketView(long fromMinutes, Long toMinutes, long leads) {}

    record RepConversionView(String repId, long leads, long meetings) {}

    record SourceConversionView(String source, long leads, long meetings) {}

    record SlaMovesView(String repId, long moved, long escalated) {}

    private final ReadAnalytics readAnalytics;
    private final Reps reps;

    AnalyticsController(ReadAnalytics readAnalytics, Reps reps) {
        this.readAnalytics = readAnalytics;
        this.reps = reps;
    }

    @QueryMapping
    AnalyticsPayload analytics(@Argument AnalyticsInput input) {
        try {
            ReadAnalytics.Analytics found = readAnalytics.between(
                    input.from(), input.to(), input.poolId() == null ? null : new PoolId(input.poolId()));
            return new AnalyticsPayload(view(found), List.of());
        } catch (InputRejected rejected) {
            return new AnalyticsPayload(null, UserError.of(rejected));
        }
    }

    private static AnalyticsView view(ReadAnalytics.Analytics found) {
        LeadAnalytics.Report report = found.report();
        long total = report.leadsPerRep().stream()
                .mapToLong(LeadAnalytics.RepLeads::leads)
                .sum();
        List<FairShareView> members = new java.util.ArrayList<>();
        // The pool's members first, in its order, even those without a lead; then anyone else the period assigned.
        Map<RepId, Long> leads = new java.util.LinkedHashMap<>();
        found.targetShares().keySet().forEach(rep -> leads.put(rep, 0L));
        report.leadsPerRep().forEach(r -> leads.put(r.rep(), r.leads()));
        leads.forEach((rep, count) -> members.add(new FairShareView(
                rep.value(),
                count,
                total == 0 ? 0 : (double) count / total,
                found.targetShares().get(rep))));
        return new AnalyticsView(
                new FairnessView(
                        total,
                        members,
                        report.leadsPerDay().stream()
                                .map(d -> new DayView(d.day(), d.rep().value(), d.leads()))
                                .toList()),
                report.speedToLead().stream()
                        .map(b -> new BucketView(b.fromMinutes(), b.toMinutes(), b.leads()))
                        .toList(),
                report.byRep().stream()
                        .map(c -> new RepConversionView(c.key(), c.leads(), c.meetings()))
                        .toList(),
                report.bySource().stream()
                        .map(c -> new SourceConversionView(c.key(), c.leads(), c.meetings()))
                        .toList(),
                report.slaMoves().stream()
                        .map(m -> new SlaMovesView(
                                m.from() == null ? null : m.from().value(), m.moved(), m.escalated()))
                        .toList());
    }

    private static RepId rep(String id) {
        return id == null ? null : new RepId(id);
    }

    @BatchMapping(typeName = "FairShare", field = "rep")
    Map<FairShareView, RepView> fairRep(List<FairShareView> page) {
        return Batches.load(page, v -> rep(v.repId()), reps::byIds, RepView::of);
    }

    @BatchMapping(typeName = "DayLeads", field = "rep")
    Map<DayView, RepView> dayRep(List<DayView> page) {
        return Batches.load(page, v -> rep(v.repId()), reps::byIds, RepView::of);
    }

    @BatchMapping(typeName = "RepConversion", field = "rep")
    Map<RepConversionView, RepView> conversionRep(List<RepConversionView> page) {
        return Batches.load(page, v -> rep(v.repId()), reps::byIds, RepView::of);
    }

    @BatchMapping(typeName = "RepSlaMoves", field = "rep")
    Map<SlaMovesView, RepView> movesRep(List<SlaMovesView> page) {
        return Batches.load(page, v -> rep(v.repId()), reps::byIds, RepView::of);
    }
}
