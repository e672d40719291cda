package dev.switchboard.persistence.mongo;

import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.Rep;
import dev.switchboard.domain.model.RepId;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("reps")
record RepDocument(@Id String id, String name, String email, String timeZone, boolean active, Instant awayUntil) {

    static RepDocument of(Rep rep) {
        return new RepDocument(
                rep.id().value(),
                rep.name(),
                rep.email().value(),
                rep.timeZone().getId(),
                rep.active(),
                rep.awayUntil());
    }

    Rep toRep() {
        return new Rep(new RepId(id), name, new EmailAddress(email), ZoneId.of(timeZone), active, awayUntil);
    }
}
