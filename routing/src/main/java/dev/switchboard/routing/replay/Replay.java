package dev.switchboard.routing.replay;

import dev.switchboard.domain.model.Explanation;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Outcome;
import dev.switchboard.domain.model.RepId;
import java.util.List;
import java.util.Map;

/**
 * What a router version would have done with past leads, beside what was actually done.
 *
 * @param leads   how many leads were replayed
 * @param before  leads per rep as they were actually assigned
 * @param after   leads per rep as the replayed version assigns them
 * @param changes the leads whose decision differs, oldest first
 */
public record Replay(int leads, Map<RepId, Long> before, Map<RepId, Long> after, List<Change> changes) {

    public Replay {
        before = Map.copyOf(before);
        after = Map.copyOf(after);
        changes = List.copyOf(changes);
    }

    /** One lead's decision then and under the replayed version; a rep is null when none was assigned. */
    public record Change(
            LeadId leadId,
            Outcome outcomeBefore,
            RepId repBefore,
            Outcome outcomeAfter,
            RepId repAfter,
            Explanation explanationAfter) {}
}
