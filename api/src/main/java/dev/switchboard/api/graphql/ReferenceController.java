package dev.switchboard.api.graphql;

import dev.switchboard.access.ApiKeys;
import dev.switchboard.access.Users;
import dev.switchboard.access.audit.AuditEntry;
import dev.switchboard.api.graphql.AccessController.ApiKeyView;
import dev.switchboard.api.graphql.AccessController.UserView;
import dev.switchboard.api.graphql.AccountController.AccountView;
import dev.switchboard.api.graphql.BookingController.BookingView;
import dev.switchboard.api.graphql.EventSubscriptionController.LeadAssignedView;
import dev.switchboard.api.graphql.FormViews.FormView;
import dev.switchboard.api.graphql.RouterViews.RouterView;
import dev.switchboard.api.graphql.SchedulingViews.MeetingTypeView;
import dev.switchboard.api.graphql.Views.ExplanationView;
import dev.switchboard.api.graphql.Views.LeadView;
import dev.switchboard.api.graphql.Views.PoolView;
import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.api.graphql.WebhookController.WebhookView;
import dev.switchboard.domain.model.AccountId;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.LeadId;
import dev.switchboard.domain.model.MeetingTypeId;
import dev.switchboard.domain.model.PoolId;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.model.RouterId;
import dev.switchboard.domain.model.rule.Router;
import dev.switchboard.domain.port.Accounts;
import dev.switchboard.domain.port.Conversions;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.Leads;
import dev.switchboard.domain.port.MeetingTypes;
import dev.switchboard.domain.port.Pools;
import dev.switchboard.domain.port.Reps;
import dev.switchboard.domain.port.Routers;
import dev.switchboard.outbound.Webhooks;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * References as objects: the fields that hand over the object a raw id names (a booking's meeting type, the router
 * that decided, the form a lead came through, an audit entry's target), each read for a whole page at once. Who may
 * read them is the policy's ({@code OperationPolicy} refuses each to whoever its object's own lookup refuses).
 */
@Controller
class ReferenceController {

    /**
     * The audit target types that name an object, and the object's type in the schema: a rep's availability and
     * calendar are the rep's; {@code qualification}, {@code delivery} and the others name no object of their own.
     */
    static final Map<String, String> TARGET_TYPES = Map.ofEntries(
            Map.entry("rep", "Rep"),
            Map.entry("availability", "Rep"),
            Map.entry("calendar", "Rep"),
            Map.entry("pool", "Pool"),
            Map.entry("router", "Router"),
            Map.entry("form", "Form"),
            Map.entry("account", "Account"),
            Map.entry("meetingType", "MeetingType"),
            Map.entry("webhook", "Webhook"),
            Map.entry("lead", "Lead"),
            Map.entry("user", "User"),
            Map.entry("apiKey", "ApiKey"));

    private final MeetingTypes meetingTypes;
    private final Routers routers;
    private final Forms forms;
    private final Leads leads;
    private final Conversions conversions;
    private final Reps reps;
    private final Pools pools;
    private final Accounts accounts;
    private final Webhooks webhooks;
    private final Users users;
    private final ApiKeys apiKeys;

    ReferenceController(
            MeetingTypes meetingTypes,
            Routers routers,
            Forms forms,
            Leads leads,
            Conversions conversions,
            Reps reps,
            Pools pools,
            Accounts accounts,
            Webhooks webhooks,
            Users users,
            ApiKeys apiKeys) {
        this.meetingTypes = meetingTypes;
        this.routers = routers;
        this.forms = forms;
        this.leads = leads;
        this.conversions = conversions;
        this.reps = reps;
        this.pools = pools;
        this.accounts = accounts;
        this.webhooks = webhooks;
        this.users = users;
        this.apiKeys = apiKeys;
    }

    @BatchMapping(typeName = "Booking", field = "meetingType")
    Map<BookingView, MeetingTypeView> meetingType(List<BookingView> page) {
        return Batches.load(page, b -> new MeetingTypeId(b.meetingTypeId()), meetingTypes::byIds, MeetingTypeView::of);
    }

    @BatchMapping(typeName = "Explanation", field = "router")
    Map<ExplanationView, RouterView> router(List<ExplanationView> explanations) {
        return Batches.load(
                explanations, e -> e.routerId() == null ? null : new RouterId(e.routerId()), this::routers, r -> r);
    }

    @BatchMapping(typeName = "Lead", field = "form")
    Map<LeadView, FormView> form(List<LeadView> page) {
        return Batches.load(page, l -> l.formId() == null ? null : new FormId(l.formId()), forms::byIds, FormView::of);
    }

    @BatchMapping(typeName = "Lead", field = "convertedAt")
    Map<LeadView, Instant> convertedAt(List<LeadView> page) {
        return Batches.load(page, l -> new LeadId(l.id()), conversions::convertedAt, at -> at);
    }

    @BatchMapping(typeName = "LeadAssignedEvent", field = "lead")
    Map<LeadAssignedView, LeadView> lead(List<LeadAssignedView> events) {
        return Batches.load(events, e -> new LeadId(e.leadId()), leads::byIds, LeadView::of);
    }

    /**
     * The target's global id, of the type the entry names (the audit keeps stored ids); a target that is no object
     * ({@code qualification}, a delivery) keeps its stored id.
     */
    @SchemaMapping(typeName = "AuditEntry", field = "targetId")
    String targetId(AuditEntry entry) {
        String type = TARGET_TYPES.get(entry.targetType());
        return entry.target() == null || type == null || !GlobalIds.NODE_TYPES.contains(type)
                ? entry.target()
                : GlobalIds.encode(type, entry.target());
    }

    /** One read per target type on the page (two for routers), whatever the number of entries. */
    @BatchMapping(typeName = "AuditEntry", field = "target")
    Map<AuditEntry, Object> target(List<AuditEntry> page) {
        Map<String, Set<String>> idsByType = page.stream()
                .filter(e -> e.target() != null && TARGET_TYPES.containsKey(e.targetType()))
                .collect(Collectors.groupingBy(
                        e -> TARGET_TYPES.get(e.targetType()),
                        Collectors.mapping(AuditEntry::target, Collectors.toSet())));
        Map<String, Map<String, Object>> found = new HashMap<>();
        idsByType.forEach((type, ids) -> found.put(type, read(type, ids)));
        Map<AuditEntry, Object> targets = new HashMap<>();
        for (AuditEntry entry : page) {
            String type = TARGET_TYPES.get(entry.targetType());
            Object target = type == null || entry.target() == null
                    ? null
                    : found.get(type).get(entry.target());
            if (target != null) {
                targets.put(entry, target);
            }
        }
        return targets;
    }

    private Map<String, Object> read(String type, Collection<String> ids) {
        return switch (type) {
            case "Rep" -> byId(reps.byIds(ids.stream().map(RepId::new).toList()), RepId::value, RepView::of);
            case "Pool" -> byId(pools.byIds(ids.stream().map(PoolId::new).toList()), PoolId::value, PoolView::of);
            case "Router" -> byId(routers(ids.stream().map(RouterId::new).toList()), RouterId::value, r -> r);
            case "Form" -> byId(forms.byIds(ids.stream().map(FormId::new).toList()), FormId::value, FormView::of);
            case "Account" ->
                byId(accounts.byIds(ids.stream().map(AccountId::new).toList()), AccountId::value, AccountView::of);
            case "MeetingType" ->
                byId(
                        meetingTypes.byIds(ids.stream().map(MeetingTypeId::new).toList()),
                        MeetingTypeId::value,
                        MeetingTypeView::of);
            case "Lead" -> byId(leads.byIds(ids.stream().map(LeadId::new).toList()), LeadId::value, LeadView::of);
            // Webhooks, users and API keys are few and have no batch read: one read of all of them.
            case "Webhook" ->
                webhooks.all().stream()
                        .filter(w -> ids.contains(w.id()))
                        .collect(Collectors.toMap(w -> w.id(), WebhookView::of));
            case "User" ->
                users.all().stream()
                        .filter(u -> ids.contains(u.id()))
                        .collect(Collectors.toMap(u -> u.id(), UserView::of));
            case "ApiKey" ->
                apiKeys.all().stream()
                        .filter(k -> ids.contains(k.id()))
                        .collect(Collectors.toMap(k -> k.id(), ApiKeyView::of));
            default -> Map.of();
        };
    }

    private static <I, M> Map<String, Object> byId(Map<I, M> found, Function<I, String> key, Function<M, ?> view) {
        Map<String, Object> views = new HashMap<>();
        found.forEach((id, model) -> views.put(key.apply(id), view.apply(model)));
        return views;
    }

    /** The newest version of each router that is not retired, as Query.router answers it: three reads in all. */
    private Map<RouterId, RouterView> routers(Collection<RouterId> ids) {
        Map<RouterId, Router> latest = routers.latestOf(ids);
        Map<RouterId, Integer> live = routers.liveVersions(latest.keySet());
        Map<RouterId, RouterView> views = new HashMap<>();
        latest.forEach((id, router) -> views.put(id, RouterView.of(router, live.getOrDefault(id, 0))));
        return views;
    }
}
