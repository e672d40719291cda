package dev.switchboard.domain.port;

import dev.switchboard.domain.model.EmailAddress;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.IdempotencyKey;
import dev.switchboard.domain.model.Lead;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.LeadPosition;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every lead ever submitted. A lead is stored before anything is decided about it. */
public interface Leads {

    /**
     * Stores a new lead durably, as not yet routed (see {@link #unrouted}). When the lead carries an idempotency
     * key that an earlier lead already holds in the same scope for the same operation, nothing is stored and the
     * earlier lead is returned, whatever its request (the caller compares); this holds across concurrent callers
     * and app instances. A key stored before keys were scoped ({@link IdempotencyKey#LEGACY_SCOPE}) is held
     * only against a lead of the same key and the same request.
     *
     * @return the lead that holds the key: {@code lead} itself when it was stored
     */
    Lead add(Lead lead);

    Optional<Lead> byId(LeadId id);

    /** The leads among {@code ids} that exist, in one read. */
    Map<LeadId, Lead> byIds(Collection<LeadId> ids);

    /** Leads newest first, starting after {@code after} (from the newest when {@code null}). */
    default Slice<Lead> newestFirst(int limit, LeadPosition after) {
        return newestFirst(limit, after, LeadFilter.ANY);
    }

    /**
     * The leads {@code filter} holds, newest first, starting after {@code after} (from the newest when {@code
     * null}): one indexed query.
     */
    Slice<Lead> newestFirst(int limit, LeadPosition after, LeadFilter filter);

    /** How many leads {@code filter} holds, counted by the store. */
    long count(LeadFilter filter);

    /** Leads that came through {@code forms} in [{@code from}, {@code to}), oldest first, at most {@code limit} of them. */
    List<Lead> submittedBetween(Collection<FormId> forms, Instant from, Instant to, int limit);

    /**
     * The newest lead with this email address (local part as given, domain in lower case), if any: what was told
     * before by the same person, which a form may spare them telling again. One indexed read.
     */
    Optional<Lead> newestWithEmail(EmailAddress email);

    long count();

    /**
     * Leads stored since their {@code LeadSubmitted} was last known recorded, at most {@code limit}: every
     * lead is stored so marked, in the same write, so a crash before its event was recorded leaves it here.
     */
    List<Lead> withEventsPending(int limit);

    /** The lead's events are recorded: it leaves {@link #withEventsPending}. */
    void eventsRecorded(LeadId lead);

    /**
     * Leads stored before {@code storedBefore} and not yet known routed, whose routing lease is free at {@code now}
     * (never taken, or ended), oldest first, at most {@code limit}. Some may have a decision already (they leave
     * through {@link #routed}): the mark is cleared in bulk by the recovery, not by each submission.
     */
    List<Lead> unrouted(Instant storedBefore, Instant now, int limit);

    /**
     * Takes the unrouted lead's routing lease until {@code until}, if it is free at {@code now}, in one conditional
     * update: of instances claiming at once, one gets it; a claimant that dies lets it go when the lease ends.
     *
     * @return whether this caller holds the lease
     */
    boolean claimRouting(LeadId lead, Instant now, Instant until);

    /** The leads have their decisions: they leave {@link #unrouted} for good. */
    void routed(Collection<LeadId> leads);

    /**
     * Stores leads as history (a bulk import's leads from another tool): never routed, no events recorded for them,
     * so they stay out of {@link #unrouted} and {@link #withEventsPending}. Each lead carries an idempotency key, and
     * one whose key a stored lead holds in the same scope for the same operation is not stored again (the stored one
     * is kept as it is): importing the same leads twice stores them once, across instances. One single-document
     * write each, in as few round trips as the store allows.
     *
     * @return the ids of the leads this call stored
     */
    default java.util.Set<LeadId> addHistory(List<Lead> leads) {
        java.util.Set<LeadId> stored = new java.util.HashSet<>();
        for (Lead lead : leads) {
            Lead holder = add(lead);
            if (holder.id().equals(lead.id())) {
                stored.add(lead.id());
                eventsRecorded(lead.id());
                routed(List.of(lead.id()));
            }
        }
        return stored;
    }
}
