package dev.switchboard.routing.engine;

import dev.switchboard.domain.model.ContactKeys;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.Reason;
import dev.switchboard.domain.model.RepId;
import java.time.Instant;
import java.util.Optional;

/**
 * The leads submitted before, as lead-to-lead matching asks for them: the newest earlier lead of the same person that
 * has an owner now.
 */
public interface EarlierLeads {

    /** Finds no earlier lead: for decisions made where earlier leads are not at hand. */
    EarlierLeads NONE = (lead, keys, byPhone, since, before) -> Optional.empty();

    /**
     * The newest lead other than {@code lead}, submitted in [{@code since}, {@code before}), whose email key equals
     * {@code keys.email()} (or, with {@code byPhone} and a phone key, whose phone key equals {@code keys.phone()}), and
     * whose decision has a current owner (a rep; a lead still waiting in a queue, unassigned or disqualified has
     * none). One query on an index of the keys with the submission time, however many leads are stored; leads stored
     * before the keys existed are given them when the adapter starts.
     */
    Optional<Owned> newestOwned(LeadId lead, ContactKeys keys, boolean byPhone, Instant since, Instant before);

    /** An earlier lead, how it matched, and who owns it now. */
    record Owned(Reason.EarlierLead earlier, RepId owner) {}
}
