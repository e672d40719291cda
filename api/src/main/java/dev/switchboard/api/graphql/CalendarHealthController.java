package dev.switchboard.api.graphql;

import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.CalendarHealth;
import dev.switchboard.scheduling.connect.CheckCalendar;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** A rep's calendar health, and the check that reads the calendar now. */
@Controller
class CalendarHealthController {

    record CheckCalendarInput(String repId) {}

    record CheckCalendarPayload(RepView rep, boolean connected, String error, List<UserError> errors) {}

    private final CalendarHealth health;
    private final CheckCalendar checkCalendar;

    CalendarHealthController(CalendarHealth health, CheckCalendar checkCalendar) {
        this.health = health;
        this.checkCalendar = checkCalendar;
    }

    @BatchMapping(typeName = "Rep", field = "calendarHealth")
    Map<RepView, CalendarHealth.Health> calendarHealth(List<RepView> reps) {
        return Batches.load(reps, rep -> new RepId(rep.id()), health::of, h -> h);
    }

    @MutationMapping
    CheckCalendarPayload checkCalendar(@Argument CheckCalendarInput input) {
        try {
            CheckCalendar.Checked checked =
                    checkCalendar.check(input.repId() == null ? null : new RepId(input.repId()));
            return new CheckCalendarPayload(
                    RepView.of(checked.rep()),
                    checked.connected(),
                    checked.error().orElse(null),
                    List.of());
        } catch (InputRejected rejected) {
            return new CheckCalendarPayload(null, false, null, UserError.of(rejected));
        }
    }
}
