package dev.switchboard.api.graphql;

import dev.switchboard.access.ApiKeys;
import dev.switchboard.access.Caller;
import dev.switchboard.access.OperationPolicy;
import dev.switchboard.access.Refused;
import dev.switchboard.access.Users;
import dev.switchboard.access.WidgetKeys;
import dev.switchboard.access.audit.AuditEntry;
import dev.switchboard.access.audit.AuditLog;
import dev.switchboard.api.graphql.AccessController.ApiKeyView;
import dev.switchboard.api.graphql.AccessController.UserView;
import dev.switchboard.api.graphql.AccessController.WidgetKeyView;
import dev.switchboard.api.graphql.AccountController.AccountView;
import dev.switchboard.api.graphql.BookingController.BookingView;
import dev.switchboard.api.graphql.FormViews.FormView;
import dev.switchboard.api.graphql.RouterViews.RouterVersionView;
import dev.switchboard.api.graphql.RouterViews.RouterView;
import dev.switchboard.api.graphql.SchedulingViews.MeetingTypeView;
import dev.switchboard.api.graphql.Views.AssignmentView;
import dev.switchboard.api.graphql.Views.LeadView;
import dev.switchboard.api.graphql.Views.PoolView;
import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.api.graphql.WebhookController.WebhookView;
import dev.switchboard.domain.model.AccountId;
import dev.switchboard.domain.model.AssignmentId;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.port.Accounts;
import dev.switchboard.domain.port.Assignments;
import dev.switchboard.outbound.Webhooks;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.ResultPath;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.ClassNameTypeResolver;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * {@code node(id:)} and {@code nodes(ids:)}: any object by its global id, refused and narrowed exactly as the type's
 * own lookup ({@code rep(id:)}, {@code lead(id:)}; {@code accounts} for a type that has only a list): the same line
 * of the {@link OperationPolicy}, and where a controller narrows what a caller sees (a rep's own leads and bookings),
 * that controller's own method answers.
 */
@Controller
class NodeController {

    /** At most this many ids in one {@code nodes}. */
    static final int MAX_IDS = 100;

    /** How one Node type is looked up: the operation whose policy line it follows, and the lookup itself. */
    private record Lookup(String operation, BiFunction<String, Caller, Object> find) {}

    private final Map<String, Lookup> lookups = new LinkedHashMap<>();

    NodeController(
            LeadController leads,
            RepController reps,
            PoolController pools,
            RouterController routers,
            FormController forms,
            BookingController bookings,
            SchedulingController scheduling,
            Accounts accounts,
            Assignments assignments,
            Webhooks webhooks,
            ApiKeys apiKeys,
            WidgetKeys widgetKeys,
            Users users,
            AuditLog auditLog) {
        lookups.put("Lead", new Lookup("Query.lead", leads::lead));
        lookups.put("Rep", new Lookup("Query.rep", (id, caller) -> reps.rep(id)));
        lookups.put("Pool", new Lookup("Query.pool", (id, caller) -> pools.pool(id)));
        lookups.put("Router", new Lookup("Query.router", (id, caller) -> routers.router(id, null)));
        lookups.put("RouterVersion", new Lookup("Query.router", (id, caller) -> routers.routerVersion(id)));
        lookups.put("Form", new Lookup("Query.form", (id, caller) -> forms.form(id)));
        lookups.put("Booking", new Lookup("Query.booking", bookings::booking));
        lookups.put("MeetingType", new Lookup("Query.meetingType", (id, caller) -> scheduling.meetingType(id)));
        lookups.put(
                "Account",
                new Lookup(
                        "Query.accounts",
                        (id, caller) -> accounts.byId(new AccountId(id))
                                .map(AccountView::of)
                                .orElse(null)));
        // A rep sees the decisions on the leads they own, as assignments narrows them.
        lookups.put(
                "Assignment",
                new Lookup(
                        "Query.assignments",
                        (id, caller) -> assignments
                                .byId(new AssignmentId(id))
                                .filter(a -> !(caller instanceof Caller.Rep rep)
                                        || rep.repId().equals(a.ownership().owner()))
                                .map(AssignmentView::of)
                                .orElse(null)));
        lookups.put(
                "Webhook",
                new Lookup(
                        "Query.webhooks",
                        (id, caller) -> webhooks.byId(id).map(WebhookView::of).orElse(null)));
        lookups.put(
                "ApiKey",
                new Lookup(
                        "Query.apiKeys",
                        (id, caller) -> apiKeys.all().stream()
                                .filter(k -> k.id().equals(id))
                                .findFirst()
                                .map(ApiKeyView::of)
                                .orElse(null)));
        lookups.put(
                "WidgetKey",
                new Lookup(
                        "Query.widgetKeys",
                        (id, caller) ->
                                widgetKeys.byKey(id).map(WidgetKeyView::of).orElse(null)));
        lookups.put(
                "User",
                new Lookup(
                        "Query.users",
                        (id, caller) -> users.byId(id).map(UserView::of).orElse(null)));
        lookups.put(
                "AuditEntry",
                new Lookup("Query.auditLog", (id, caller) -> auditLog.byId(id).orElse(null)));
    }

    @QueryMapping
    Object node(@Argument String id, @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        return find(id, "id", caller);
    }

    @QueryMapping
    DataFetcherResult<List<Object>> nodes(
            @Argument List<String> ids,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller,
            DataFetchingEnvironment env) {
        if (ids.size() > MAX_IDS) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "ids", "give at most " + MAX_IDS + " ids");
        }
        List<Object> found = new ArrayList<>(ids.size());
        List<GraphQLError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            ResultPath path = env.getExecutionStepInfo().getPath().segment(i);
            try {
                found.add(find(ids.get(i), "ids[" + i + "]", caller));
            } catch (InputRejected rejected) {
                found.add(null);
                errors.add(GraphqlErrorBuilder.newError(env)
                        .path(path)
                        .errorType(ErrorType.BAD_REQUEST)
                        .message(rejected.getMessage())
                        .extensions(Map.of("code", rejected.code().name(), "field", rejected.field()))
                        .build());
            } catch (Refused refused) {
                found.add(null);
                errors.add(GraphqlErrorBuilder.newError(env)
                        .path(path)
                        .errorType(
                                refused.code().equals("UNAUTHENTICATED") ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
                        .message(refused.getMessage())
                        .extensions(Map.of("code", refused.code()))
                        .build());
            }
        }
        return DataFetcherResult.<List<Object>>newResult()
                .data(found)
                .errors(errors)
                .build();
    }

    /**
     * The object the id names, refused as its type's own lookup refuses the caller; NOT_FOUND on {@code field} when
     * the id is no global id or names nothing the caller may see.
     */
    private Object find(String id, String field, Caller caller) {
        Caller asking = caller == null ? new Caller.Anonymous() : caller;
        Optional<GlobalIds.Decoded> decoded = GlobalIds.decode(id);
        Lookup lookup = decoded.map(d -> lookups.get(d.type())).orElse(null);
        if (lookup == null) {
            throw new InputRejected(ErrorCode.NOT_FOUND, field, "not an id this API answered");
        }
        OperationPolicy.SWITCHBOARD.check(lookup.operation(), asking);
        Object found = lookup.find().apply(decoded.get().id(), asking);
        if (found == null) {
            throw new InputRejected(
                    ErrorCode.NOT_FOUND, field, "no " + decoded.get().type() + " has this id");
        }
        return found;
    }

    /** Which Node type each view is, for the interface's type resolution. */
    @Configuration(proxyBeanMethods = false)
    static class NodeTypes {

        @Bean
        RuntimeWiringConfigurer nodeTypeResolver() {
            ClassNameTypeResolver resolver = new ClassNameTypeResolver();
            Map<Class<?>, String> types = new LinkedHashMap<>();
            types.put(LeadView.class, "Lead");
            types.put(RepView.class, "Rep");
            types.put(PoolView.class, "Pool");
            types.put(RouterView.class, "Router");
            types.put(RouterVersionView.class, "RouterVersion");
            types.put(FormView.class, "Form");
            types.put(AccountView.class, "Account");
            types.put(AssignmentView.class, "Assignment");
            types.put(BookingView.class, "Booking");
            types.put(MeetingTypeView.class, "MeetingType");
            types.put(WebhookView.class, "Webhook");
            types.put(ApiKeyView.class, "ApiKey");
            types.put(WidgetKeyView.class, "WidgetKey");
            types.put(UserView.class, "User");
            types.put(AuditEntry.class, "AuditEntry");
            types.forEach(resolver::addMapping);
            return wiring -> wiring.type("Node", node -> node.typeResolver(resolver));
        }
    }
}
