package dev.switchboard.domain.port;

import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** Which leads converted (became a deal, a meeting held: whatever the workspace counts), and how each rep converts. */
public interface Conversions {

    /**
     * Records that the lead converted at {@code at}. A lead converts once: recording it again, from any
     * instance and even concurrently, stores nothing and returns the time first recorded.
     *
     * @return when the lead's conversion was first recorded
     */
    Instant record(LeadId lead, Instant at);

    /**
     * When each lead among {@code leads} that converted was first recorded as converted, in one read; a lead not
     * recorded is left out.
     */
    Map<LeadId, Instant> convertedAt(Collection<LeadId> leads);

    /** A rep's leads assigned from a pool in a period, and how many of them converted. */
    record Results(long assigned, long converted) {
        public static final Results NONE = new Results(0, 0);
    }

    /**
     * For each of {@code reps}: the leads the pool assigned it in [{@code from}, {@code to}) (as the
     * assignments stand), and how many of those converted so far, all in one query. A rep with none is absent.
     */
    Map<RepId, Results> between(PoolId pool, Collection<RepId> reps, Instant from, Instant to);
}
