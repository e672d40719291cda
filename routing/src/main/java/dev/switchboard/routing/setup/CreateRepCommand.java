package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Text;
import java.time.ZoneId;

/** A new rep: name, email and the time zone their working hours are kept in. */
public record CreateRepCommand(String name, EmailAddress email, ZoneId timeZone) {

    public CreateRepCommand {
        name = Text.required("name", name, Text.SHORT);
        if (email == null) {
            throw InputRejected.required("email");
        }
        if (timeZone == null) {
            throw InputRejected.required("timeZone");
        }
    }
}
