package dev.switchboard.routing.setup;

import dev.switchboard.domain.model.Change;
import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.Rep;
import java.time.ZoneId;

/**
 * What an admin changes in a rep's details; every field left as {@link Change#keep()} stays as it is. None of them
 * can be cleared: set to null, each is refused ({@code REQUIRED}). Whether the rep takes leads is its status
 * ({@link SetRepStatus}, {@link DeactivateRep}), not a detail.
 *
 * @param expectedVersion the version the changes were made from: they are refused ({@code STALE}) when the rep has
 *                        changed since; null to change whatever version is stored
 */
public record RepChanges(
        Change<String> name, Change<EmailAddress> email, Change<ZoneId> timeZone, Integer expectedVersion) {

    /** Changes made without naming the version they were made from. */
    public RepChanges(Change<String> name, Change<EmailAddress> email, Change<ZoneId> timeZone) {
        this(name, email, timeZone, null);
    }

    public RepChanges {
        name = name == null ? Change.keep() : name;
        email = email == null ? Change.keep() : email;
        timeZone = timeZone == null ? Change.keep() : timeZone;
    }

    Rep applyTo(Rep existing) {
        return new Rep(
                existing.id(),
                name.applyTo(existing.name()),
                email.applyTo(existing.email()),
                timeZone.applyTo(existing.timeZone()),
                existing.active(),
                existing.awayUntil());
    }
}
