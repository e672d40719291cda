package dev.switchboard.domain.port;

import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import java.time.Instant;
import java.util.List;

/**
 * Figures over the decisions of a period, worked out where the data is kept (one aggregation per figure),
 * never by reading the leads one by one. A period is the decisions made in [{@code from}, {@code to});
 * {@code pool} narrows it to the leads a pool sent, or is null for every lead.
 */
public interface LeadAnalytics {

    /** Leads assigned to a rep in the period. */
    record RepLeads(RepId rep, long leads) {}

    /** Leads assigned to a rep on one day (UTC, as yyyy-MM-dd). */
    record DayLeads(String day, RepId rep, long leads) {}

    /**
     * How long accepted leads waited from submission to acceptance: {@code leads} whose wait was at least
     * {@code fromMinutes} and below {@code toMinutes} (null: no upper bound).
     */
    record WaitBucket(long fromMinutes, Long toMinutes, long leads) {}

    /** Leads and those of them with a meeting booked (not cancelled), by rep or by source. */
    record Converted(String key, long leads, long meetings) {}

    /** Times leads moved because their owner did not accept in time, counted against the rep they left. */
    record SlaMoves(RepId from, long moved, long escalated) {}

    record Report(
            List<RepLeads> leadsPerRep,
            List<DayLeads> leadsPerDay,
            List<WaitBucket> speedToLead,
            List<Converted> byRep,
            List<Converted> bySource,
            List<SlaMoves> slaMoves) {}

    /** Bucket bounds, in minutes, of the speed-to-lead distribution; the last bucket is open-ended. */
    List<Long> WAIT_BOUNDS = List.of(0L, 1L, 5L, 15L, 60L, 240L, 1440L);

    Report between(Instant from, Instant to, PoolId pool);
}
