package dev.switchboard.api.graphql;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.GlobalId;
import dev.switchboard.domain.model.InputRejected;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids the API shows: opaque strings that carry the type of the object they name, {@code base64url("Rep:" + id)}
 * without padding (as GitHub's and Shopify's APIs do), so that {@code node(id:)} finds any object and a client cache
 * keyed by id never merges two objects. The core modules keep their own ids; this class turns one into the other at
 * the GraphQL edge, writing and reading the form through the domain's {@link GlobalId} (which the events published
 * use too, so a webhook's {@code data} carries the same ids).
 * <p>
 * Inputs take a global id, or for a while the stored id as it was answered before (deprecated, see CHANGELOG.md). A
 * global id of another type than the input names is refused as NOT_FOUND naming the field.
 */
public final class GlobalIds {

    /** The types that implement {@code Node}, whose ids are global. */
    public static final Set<String> NODE_TYPES = Set.of(
            "Lead",
            "Rep",
            "Pool",
            "Router",
            "RouterVersion",
            "Form",
            "Account",
            "Assignment",
            "Booking",
            "MeetingType",
            "Webhook",
            "ApiKey",
            "WidgetKey",
            "User",
            "AuditEntry");

    /** An id's type and the id the core knows it by. */
    public record Decoded(String type, String id) {}

    private GlobalIds() {}

    /** The global id of the object of {@code type} stored as {@code id}. */
    public static String encode(String type, String id) {
        return new GlobalId(type, id).value();
    }

    /** A router version's stored id: its router's and its number, as {@link #routerVersion} reads it back. */
    static String routerVersionId(String routerId, int version) {
        return routerId + ":" + version;
    }

    /** The router id and version number a RouterVersion's stored id holds; empty when it holds none. */
    static Optional<Map.Entry<String, Integer>> routerVersion(String id) {
        int colon = id.lastIndexOf(':');
        if (colon <= 0 || colon == id.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(Map.entry(id.substring(0, colon), Integer.parseInt(id.substring(colon + 1))));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /**
     * The type and stored id of a global id; empty for anything else (a stored id sent as before, a made-up text). A
     * global id is the exact encoding of a Node type's name, a colon and a non-empty id: nothing else decodes.
     */
    public static Optional<Decoded> decode(String text) {
        return GlobalId.parse(text)
                .filter(id -> NODE_TYPES.contains(id.type()))
                .map(id -> new Decoded(id.type(), id.id()));
    }

    /** The stored id an input names, whatever its type: a global id decoded, anything else as sent. */
    public static String storedId(String text) {
        return decode(text).map(Decoded::id).orElse(text);
    }

    /** Runs of characters a global id is made of, long enough to be one. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{8,}");

    /**
     * The text (an import's CSV or JSON lines) with each global id in it replaced by its stored id, so rows name
     * reps and pools as every other input does. A run of letters that is no global id is left alone: only the exact
     * encoding of a Node type's name and an id decodes, which no name, email or domain is.
     */
    static String storedIdsIn(String text) {
        if (text == null) {
            return null;
        }
        return TOKEN.matcher(text)
                .replaceAll(token -> Matcher.quoteReplacement(
                        decode(token.group()).map(Decoded::id).orElse(token.group())));
    }

    /**
     * The stored id an input of {@code type} names: a global id of that type decoded, a stored id as sent
     * (deprecated); NOT_FOUND on {@code field} for a global id of another type.
     */
    static String storedId(String text, String type, String field) {
        Optional<Decoded> decoded = decode(text);
        if (decoded.isEmpty()) {
            return text;
        }
        if (!decoded.get().type().equals(type)) {
            throw new InputRejected(
                    ErrorCode.NOT_FOUND,
                    field,
                    "no " + type + " has this id: it is a " + decoded.get().type() + "'s");
        }
        return decoded.get().id();
    }

    /** Id fields named after something else than the object they name, by {@code Container.field}. */
    private static final Map<String, String> NAMED_OTHERWISE = Map.of(
            "QueuedLead.id", "Lead",
            "ManagedBooking.id", "Booking",
            "CreateAccountInput.ownerId", "Rep",
            "UpdateAccountInput.ownerId", "Rep",
            "RevokeWidgetKeyInput.key", "WidgetKey");

    /** Id fields that name no Node (or any of them), kept as stored: by {@code Container.field}. */
    static final Set<String> NOT_NODES = Set.of(
            "BulkImportOperation.id",
            "Query.bulkImport.id",
            "Event.id",
            "LeadAssignedEvent.eventId",
            "OutboxItem.id",
            "RetryOutboxItemInput.id",
            "WebhookDelivery.id",
            "WebhookDelivery.eventId",
            "ReplayWebhookDeliveryInput.deliveryId",
            "WidgetKey.key",
            // Any type: decoded whatever it names (refs15 makes the output an object).
            "AuditEntry.target",
            // Encoded by its resolver with the type the entry names.
            "AuditEntry.targetId",
            "Query.auditLog.target",
            // node and nodes take any type, and say which is not found themselves.
            "Query.node.id",
            "Query.nodes.ids");

    /** Id fields that may name any type: decoded to the stored id whatever type the global id names. */
    static final Set<String> ANY_TYPE = Set.of("Query.auditLog.target");

    private static final List<String> VERB_PREFIXES = List.of("Delete", "Update", "Revoke", "Deactivate");

    /**
     * The Node type an id field names, empty when it names none: {@code container} is the object or input type
     * holding the field, or {@code Query.rep} for an argument (whose {@code returns} is the field's type name).
     * {@code id} names its own object (or a root field's answer, an update's or delete's object); {@code poolId},
     * {@code overflowPoolId}, {@code repIds} name a Pool, a Pool, Reps; a delete's {@code deletedId} its object.
     */
    static Optional<String> typeOf(String container, String field, String returns) {
        String key = container + "." + field;
        if (NAMED_OTHERWISE.containsKey(key)) {
            return Optional.of(NAMED_OTHERWISE.get(key));
        }
        if (NOT_NODES.contains(key)) {
            return Optional.empty();
        }
        if (field.equals("id")) {
            if (NODE_TYPES.contains(container)) {
                return Optional.of(container);
            }
            if (returns != null && NODE_TYPES.contains(returns)) {
                return Optional.of(returns);
            }
            return objectOf(container);
        }
        if (field.equals("deletedId")) {
            return objectOf(container);
        }
        String noun = field.endsWith("Ids")
                ? field.substring(0, field.length() - 3)
                : field.endsWith("Id") ? field.substring(0, field.length() - 2) : null;
        if (noun == null || noun.isEmpty()) {
            return Optional.empty();
        }
        return suffixType(Character.toUpperCase(noun.charAt(0)) + noun.substring(1));
    }

    /** {@code UpdateRepInput} → Rep, {@code DeleteFormPayload} → Form: the object an update or delete is about. */
    private static Optional<String> objectOf(String container) {
        String name = container.replaceFirst("(Input|Payload)$", "");
        for (String verb : VERB_PREFIXES) {
            if (name.startsWith(verb)) {
                String rest = name.substring(verb.length());
                return NODE_TYPES.contains(rest) ? Optional.of(rest) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The longest Node type name {@code name} ends with: {@code OverflowPool} → Pool, {@code MeetingType} itself. */
    private static Optional<String> suffixType(String name) {
        return NODE_TYPES.stream().filter(name::endsWith).max((a, b) -> Integer.compare(a.length(), b.length()));
    }
}
