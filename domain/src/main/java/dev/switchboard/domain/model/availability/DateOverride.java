package dev.switchboard.domain.model.availability;

import dev.switchboard.domain.model.InputRejected;
import java.time.LocalDate;
import java.util.List;

/**
 * Other hours on one local date, replacing that weekday's usual windows; no windows is a day off.
 * Faults are named below the override, e.g. {@code windows[0].end}.
 */
public record DateOverride(LocalDate date, List<WorkingHours.Window> windows) {

    public DateOverride {
        if (date == null) {
            throw InputRejected.required("date");
        }
        windows = WorkingHours.windows("windows", windows);
    }
}
