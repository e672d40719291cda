package dev.switchboard.scheduling.busy;

import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.calendar.Interval;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reps' calendar busy time over a range, as read for one slot query.
 *
 * @param busy    each rep whose calendar was read (or who has none: an empty list), busy stretches sorted by start
 * @param unknown each rep whose calendar could not be read, with why, in the order asked
 */
public record BusyTime(Map<RepId, List<Interval>> busy, Map<RepId, String> unknown) {

    public BusyTime {
        busy = Map.copyOf(busy);
        unknown = Collections.unmodifiableMap(new LinkedHashMap<>(unknown));
    }

    /** The rep's busy stretches; empty for a rep whose availability is unknown. */
    public List<Interval> of(RepId rep) {
        return busy.getOrDefault(rep, List.of());
    }

    public boolean unknown(RepId rep) {
        return unknown.containsKey(rep);
    }
}
