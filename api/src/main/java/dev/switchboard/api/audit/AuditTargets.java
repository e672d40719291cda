package dev.switchboard.api.audit;

import dev.switchboard.api.graphql.GlobalIds;
import dev.switchboard.domain.model.AccountId;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.port.Accounts;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.domain.port.Availabilities;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.MeetingTypes;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Qualifications;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.Routers;
import dev.switchboard.outbound.Deliveries;
import dev.switchboard.outbound.Webhooks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What an admin operation changes, and how to read it as it stands: the audit reads the target just before the
 * operation and again just after it. A target type without a reader (e.g. a calendar connection, which holds
 * secrets) is logged without before and after.
 */
public final class AuditTargets {

    /** An operation's target: its type and id ({@code qualification} has a single one, id {@code qualification}). */
    public record Target(String type, String id) {}

    /** Input fields that name a target, in the order they are looked for. */
    private static final List<String> ID_FIELDS = List.of(
            "leadId", "poolId", "repId", "formId", "routerId", "accountId", "meetingTypeId", "webhookId", "deliveryId");

    private final Map<String, Function<String, Optional<?>>> readers = new LinkedHashMap<>();

    public AuditTargets(
            Pools pools,
            Reps reps,
            Forms forms,
            Routers routers,
            Accounts accounts,
            MeetingTypes meetingTypes,
            Qualifications qualifications,
            Availabilities availabilities,
            Assignments assignments,
            Webhooks webhooks,
            Deliveries deliveries) {
        readers.put("pool", id -> pools.byId(new PoolId(id)));
        readers.put("rep", id -> reps.byId(new RepId(id)));
        readers.put("form", id -> forms.byId(new FormId(id)));
        readers.put(
                "router",
                id -> routers.latest(new RouterId(id))
                        .map(latest -> Map.of("latest", latest, "liveVersion", routers.liveVersion(new RouterId(id)))));
        readers.put("account", id -> accounts.byId(new AccountId(id)));
        readers.put("meetingType", id -> meetingTypes.byId(new MeetingTypeId(id)));
        readers.put("qualification", id -> qualifications.current());
        readers.put("availability", id -> availabilities.of(new RepId(id)));
        readers.put("lead", id -> assignments.forLead(new LeadId(id)).map(a -> a.ownership()));
        // The secret is left out: the audit log shows what changed, never a credential.
        readers.put("webhook", id -> webhooks.byId(id).map(w -> Map.of("url", w.url(), "eventTypes", w.eventTypes())));
        readers.put(
                "delivery", id -> deliveries.byId(id).map(d -> Map.of("status", d.status(), "attempts", d.attempts())));
    }

    /**
     * The target an operation names in its input, or null when the input names none: a create, whose target is
     * known from its payload only (the ids its input holds, like a new form's {@code routerId}, are not its target).
     */
    public Target of(String operation, Map<String, Object> input) {
        if (operation.equals("updateQualification")) {
            return new Target("qualification", "qualification");
        }
        if (input == null || operation.startsWith("create")) {
            return null;
        }
        if (operation.equals("setAvailability") || operation.equals("addTimeOff")) {
            return input.get("repId") == null ? null : new Target("availability", stored(input.get("repId")));
        }
        if (operation.startsWith("connectCalendar") || operation.startsWith("disconnectCalendar")) {
            return input.get("repId") == null ? null : new Target("calendar", stored(input.get("repId")));
        }
        if (input.get("id") != null) {
            return new Target(noun(operation), stored(input.get("id")));
        }
        for (String field : ID_FIELDS) {
            if (input.get(field) != null) {
                return new Target(field.substring(0, field.length() - 2), stored(input.get(field)));
            }
        }
        return null;
    }

    /** The stored id an input names: a global id decoded (the instrumentation sees the request as sent). */
    private static String stored(Object id) {
        return GlobalIds.storedId(String.valueOf(id));
    }

    /** The target as it stands now; empty when it does not exist or its type has no reader. */
    public Optional<?> read(Target target) {
        Function<String, Optional<?>> reader = readers.get(target.type());
        return reader == null ? Optional.empty() : reader.apply(target.id());
    }

    /** {@code updateWebhook} → {@code webhook}: the operation's name after its leading verb. */
    static String noun(String operation) {
        for (int n = 0; n < operation.length(); n++) {
            if (Character.isUpperCase(operation.charAt(n))) {
                return Character.toLowerCase(operation.charAt(n)) + operation.substring(n + 1);
            }
        }
        return operation;
    }
}
