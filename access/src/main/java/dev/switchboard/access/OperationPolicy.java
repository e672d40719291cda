package dev.switchboard.access;

import static dev.switchboard.access.Scope.LEADS_READ;
import static dev.switchboard.access.Scope.LEADS_WRITE;
import static dev.switchboard.access.Scope.SETUP_READ;
import static dev.switchboard.access.Scope.SETUP_WRITE;
import static dev.switchboard.access.Scope.WEBHOOKS_WRITE;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that says who may call each GraphQL operation ({@code Query.x}, {@code Mutation.x},
 * {@code Subscription.x}). Admins, and API keys with the {@code admin} scope, may call everything; an operation
 * not listed here is refused to everyone else, so a new operation stays admin-only until it is given a line.
 * A test fails while any operation of the schema has no line, so that line is written deliberately.
 * <p>
 * Where a role sees only part of the data (a rep's own leads), the operation's controller narrows it; this
 * table only says who may ask.
 */
public final class OperationPolicy {

    public static final OperationPolicy SWITCHBOARD = new OperationPolicy(table());

    private final Map<String, Access> access;

    OperationPolicy(Map<String, Access> access) {
        this.access = Map.copyOf(access);
    }

    private static Map<String, Access> table() {
        Map<String, Access> t = new LinkedHashMap<>();
        // Who is asking: answers anyone, null when nobody signed in.
        t.put("Query.me", Access.anyone());

        // Any object by its global id: anyone may ask; each id is refused as its type's own lookup (Query.rep,
        // Query.lead, Query.accounts ...) refuses the caller, which the controller checks against this same table.
        t.put("Query.node", Access.anyone());
        t.put("Query.nodes", Access.anyone());

        // Leads: reps see their own (the controllers narrow), integrators by scope, widgets submit to their form.
        t.put("Query.lead", Access.reps().and(LEADS_READ));
        t.put("Query.leads", Access.reps().and(LEADS_READ));
        t.put("Query.assignments", Access.reps().and(LEADS_READ));
        t.put("Query.openQueue", Access.reps().and(LEADS_READ));
        t.put("Mutation.submitLead", Access.widgets().and(LEADS_WRITE));
        t.put("Mutation.claimLead", Access.reps().and(LEADS_WRITE));
        t.put("Mutation.acceptLead", Access.reps().and(LEADS_WRITE));
        t.put("Mutation.reassignLead", Access.scope(LEADS_WRITE));
        t.put("Mutation.recordConversion", Access.scope(LEADS_WRITE));

        // Setup read: reps may look at reps, pools and meeting types; routing internals are for integrators.
        t.put("Query.rep", Access.reps().and(SETUP_READ));
        t.put("Query.reps", Access.reps().and(SETUP_READ));
        t.put("Query.pool", Access.reps().and(SETUP_READ));
        t.put("Query.pools", Access.reps().and(SETUP_READ));
        t.put("Query.meetingTypes", Access.reps().and(SETUP_READ));
        t.put("Query.meetingType", Access.reps().and(SETUP_READ));
        t.put("Query.availability", Access.reps().and(SETUP_READ));
        t.put("Query.router", Access.scope(SETUP_READ));
        t.put("Query.routers", Access.scope(SETUP_READ));
        t.put("Query.forms", Access.scope(SETUP_READ));
        t.put("Query.form", Access.scope(SETUP_READ));
        t.put("Query.formVersion", Access.scope(SETUP_READ));
        t.put("Query.accounts", Access.scope(SETUP_READ));
        // A bulk import's row errors quote its rows (a lead's email): for whoever may start one.
        t.put("Query.bulkImport", Access.scope(SETUP_WRITE));
        t.put("Query.qualification", Access.scope(SETUP_READ));
        t.put("Query.simulateRouting", Access.scope(SETUP_READ));
        t.put("Query.replayRouter", Access.scope(SETUP_READ));
        // Analytics add up every rep's leads: not for reps, who see their own.
        t.put("Query.analytics", Access.scope(LEADS_READ));

        // Forms as the widget renders them: its own form only (the key names it; the controller ignores any other),
        // and which fields a known prospect may skip, names only, never a stored value.
        t.put("Query.widgetForm", Access.widgets().and(SETUP_READ));
        t.put("Query.formShortening", Access.widgets().and(LEADS_WRITE));

        // Booking: the widget shows slots to the prospect.
        t.put("Query.availableSlots", Access.widgets().andReps().and(SETUP_READ));

        // Booking (the booking branch's operations, lined up ahead of its merge): the widget books for the prospect
        // and reschedules or cancels through a signed link (BookingLinks), which the controller checks; a rep's
        // bookings are filtered to their own by the controller, like leads.
        t.put("Mutation.bookMeeting", Access.widgets().and(LEADS_WRITE));
        // Rescheduling, cancelling and reading one booking take its signed link, a credential of its own (the hosted
        // manage page holds nothing else), so anyone may ask; the controllers refuse whoever has no valid link,
        // except admins and leads:write keys, which act on any booking.
        t.put("Mutation.rescheduleBooking", Access.anyone());
        t.put("Mutation.cancelBooking", Access.anyone());
        t.put("Query.managedBooking", Access.anyone());
        t.put("Query.bookings", Access.reps().and(LEADS_READ));
        t.put("Query.booking", Access.reps().and(LEADS_READ));

        // Setup write.
        for (String mutation : new String[] {
            "createRep",
            "setRepStatus",
            "updateRep",
            "deactivateRep",
            "addPoolMembers",
            "removePoolMembers",
            "setMemberWeight",
            "createPool",
            "updatePool",
            "deletePool",
            "setPoolSla",
            "createRouter",
            "reviseRouter",
            "publishRouter",
            "deleteRouter",
            "createForm",
            "updateForm",
            "deleteForm",
            "createAccount",
            "updateAccount",
            "deleteAccount",
            "importAccounts",
            "startBulkImport",
            "updateQualification",
            "setAvailability",
            "addTimeOff",
            "createMeetingType",
            "updateMeetingType",
            "setPoolSlotPolicy",
            "connectCalendar",
            "disconnectCalendar",
            "startGoogleCalendarConsent",
            "checkCalendar",
            "setPoolAvailabilityFirst"
        }) {
            t.put("Mutation." + mutation, Access.scope(SETUP_WRITE));
        }

        // People and keys: admins only (and API keys with the admin scope), listed so the choice is visible.
        for (String operation : new String[] {
            "Query.users",
            "Query.apiKeys",
            "Query.widgetKeys",
            "Mutation.createUser",
            "Mutation.deactivateUser",
            "Mutation.createApiKey",
            "Mutation.revokeApiKey",
            "Mutation.createWidgetKey",
            "Mutation.revokeWidgetKey"
        }) {
            t.put(operation, Access.adminsOnly());
        }
        // Webhooks: admins, and keys with webhooks:write so a CRM integration registers its own without admin; the
        // scope lists them and their deliveries too, there being no read scope and replay needing a delivery's id.
        for (String operation : new String[] {
            "Query.webhooks",
            "Query.webhookDeliveries",
            "Mutation.createWebhook",
            "Mutation.updateWebhook",
            "Mutation.deleteWebhook",
            "Mutation.replayWebhookDelivery"
        }) {
            t.put(operation, Access.scope(WEBHOOKS_WRITE));
        }
        // The audit log, the outbox and the live event streams: admins only.
        for (String operation : new String[] {
            "Query.auditLog",
            "Query.outbox",
            "Mutation.retryOutboxItem",
            "Subscription.leadAssigned",
            "Subscription.events"
        }) {
            t.put(operation, Access.adminsOnly());
        }
        // Any signed-in person changes their own password (the controller refuses callers without one).
        t.put("Mutation.changePassword", Access.reps());
        return t;
    }

    /** Who may call the operation; admins-only for an operation with no line. */
    public Access accessTo(String operation) {
        return access.getOrDefault(operation, Access.adminsOnly());
    }

    /** The line for the operation, empty when it has none (the completeness test reads this). */
    public Optional<Access> lineFor(String operation) {
        return Optional.ofNullable(access.get(operation));
    }

    /**
     * Fields below the root that lead to what a public caller must not read: another lead (an earlier lead matched
     * by email or phone), a stored lead with the values the server filled in, or the enrichment of a company. A
     * widget key or an anonymous caller holding a booking link reaches objects that carry them (a submitted lead's
     * assignment, a booking), so the root field's line alone cannot keep them out. A rep's day ({@code Rep.today})
     * adds up leads and meetings, reached from a booking's rep; its controller narrows it further (a rep sees their
     * own, an API key needs leads:read).
     */
    private static final Set<String> PRIVATE_FIELDS = Set.of(
            "Explanation.matchedLead",
            "Explanation.enrichment",
            "Assignment.lead",
            "Lead.assignment",
            "Booking.lead",
            "Rep.today");

    /**
     * Fields below the root that hand over an object which has a lookup of its own, and the lookups whose lines they
     * follow: whoever may not call the lookup may not read the object through the field either (a rep who may read
     * their lead must not thereby read the Router that routed it). A field that can name objects of several types
     * ({@code AuditEntry.target}) follows every lookup of them. The lookups' own narrowing (a rep sees their own
     * leads) needs no repeating: every field here is reached only by callers whom that narrowing does not concern.
     */
    private static final Map<String, java.util.List<String>> REFERENCES = Map.of(
            "Booking.meetingType", java.util.List.of("Query.meetingType"),
            "Explanation.router", java.util.List.of("Query.router"),
            "Lead.form", java.util.List.of("Query.form"),
            "LeadAssignedEvent.lead", java.util.List.of("Query.lead"),
            "AuditEntry.target",
                    java.util.List.of(
                            "Query.rep",
                            "Query.pool",
                            "Query.router",
                            "Query.form",
                            "Query.accounts",
                            "Query.meetingType",
                            "Query.webhooks",
                            "Query.lead",
                            "Query.users",
                            "Query.apiKeys"));

    /** The lookups whose lines a reference field ({@code Type.field}) follows; empty for any other field. */
    public java.util.List<String> lookupsBehind(String field) {
        return REFERENCES.getOrDefault(field, java.util.List.of());
    }

    /** Whether {@link #checkField} may refuse the field ({@code Type.field}); cheap, for every field fetched. */
    public boolean guards(String field) {
        return PRIVATE_FIELDS.contains(field) || REFERENCES.containsKey(field);
    }

    /**
     * Refuses a widget key or an anonymous caller a private field that {@link #guards} names, and anyone a reference
     * field whose lookups' lines do not all admit them; everyone else may read it.
     */
    public void checkField(String field, Caller caller) {
        if (PRIVATE_FIELDS.contains(field) && (caller instanceof Caller.Widget || caller.anonymous())) {
            throw Refused.of(caller, "read " + field);
        }
        for (String lookup : lookupsBehind(field)) {
            if (!caller.admittedBy(accessTo(lookup))) {
                throw Refused.of(caller, "read " + field);
            }
        }
    }

    /** Refuses the caller the operation unless the policy admits them. */
    public void check(String operation, Caller caller) {
        if (!caller.admittedBy(accessTo(operation))) {
            throw Refused.of(caller, "call " + operation.substring(operation.indexOf('.') + 1));
        }
    }
}
