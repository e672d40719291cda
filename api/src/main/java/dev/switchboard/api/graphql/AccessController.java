package dev.switchboard.api.graphql;

import dev.switchboard.access.ApiKey;
import dev.switchboard.access.ApiKeys;
import dev.switchboard.access.Caller;
import dev.switchboard.access.ChangePassword;
import dev.switchboard.access.CreateApiKey;
import dev.switchboard.access.CreateUser;
import dev.switchboard.access.CreateWidgetKey;
import dev.switchboard.access.DeactivateUser;
import dev.switchboard.access.Refused;
import dev.switchboard.access.Role;
import dev.switchboard.access.Scope;
import dev.switchboard.access.User;
import dev.switchboard.access.Users;
import dev.switchboard.access.WidgetKey;
import dev.switchboard.access.WidgetKeys;
import dev.switchboard.api.graphql.FormViews.FormView;
import dev.switchboard.api.graphql.Views.RepView;
import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import dev.switchboard.domain.model.RepId;
import dev.switchboard.domain.port.Forms;
import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Reps;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Who may sign in and which keys exist: users, API keys, widget keys, and the caller's own identity. */
@Controller
class AccessController {

    record CallerView(String kind, String name, String repId, List<String> scopes) {}

    record UserView(String id, String email, Role role, String repId, boolean active, Instant lockedUntil) {
        static UserView of(User u) {
            return new UserView(
                    u.id(),
                    u.email(),
                    u.role(),
                    u.repId() == null ? null : u.repId().value(),
                    u.active(),
                    u.lockedUntil());
        }
    }

    record ApiKeyView(
            String id,
            String name,
            List<String> scopes,
            String prefix,
            Instant createdAt,
            Instant revokedAt,
            Instant lastUsedAt) {
        static ApiKeyView of(ApiKey k) {
            return new ApiKeyView(
                    k.id(),
                    k.name(),
                    graphQlNames(k.scopes()),
                    k.prefix(),
                    k.createdAt(),
                    k.revokedAt(),
                    k.lastUsedAt());
        }
    }

    record WidgetKeyView(String key, String formId, List<String> allowedOrigins, Instant createdAt, Instant revokedAt) {
        static WidgetKeyView of(WidgetKey k) {
            return new WidgetKeyView(k.key(), k.formId().value(), k.allowedOrigins(), k.createdAt(), k.revokedAt());
        }

        /** A widget key is known by its key (public: pages embed it), so its Node id names the key. */
        public String id() {
            return key;
        }
    }

    record CreateUserInput(String email, String password, Role role, String repId) {}

    record ChangePasswordInput(String currentPassword, String newPassword) {}

    /** Scopes as the GraphQL enum {@code Scope} names them (LEADS_READ), which GraphQL has already checked. */
    record CreateApiKeyInput(String name, List<Scope> scopes) {}

    record CreateWidgetKeyInput(String formId, List<String> allowedOrigins) {}

    record UserPayload(UserView user, List<UserError> errors) {}

    record ChangePasswordPayload(boolean changed, List<UserError> errors) {}

    record CreateApiKeyPayload(ApiKeyView apiKey, String key, List<UserError> errors) {}

    record ApiKeyPayload(ApiKeyView apiKey, List<UserError> errors) {}

    record WidgetKeyPayload(WidgetKeyView widgetKey, List<UserError> errors) {}

    /** A key's scopes as the GraphQL enum {@code Scope} names them, sorted. */
    static List<String> graphQlNames(Set<Scope> scopes) {
        return scopes.stream().map(Scope::name).sorted().toList();
    }

    private final Users users;
    private final ApiKeys apiKeys;
    private final WidgetKeys widgetKeys;
    private final CreateUser createUser;
    private final DeactivateUser deactivateUser;
    private final ChangePassword changePassword;
    private final CreateApiKey createApiKey;
    private final CreateWidgetKey createWidgetKey;
    private final Reps reps;
    private final Forms forms;
    private final Clock clock;

    AccessController(
            Users users,
            ApiKeys apiKeys,
            WidgetKeys widgetKeys,
            CreateUser createUser,
            DeactivateUser deactivateUser,
            ChangePassword changePassword,
            CreateApiKey createApiKey,
            CreateWidgetKey createWidgetKey,
            Reps reps,
            Forms forms,
            Clock clock) {
        this.users = users;
        this.apiKeys = apiKeys;
        this.widgetKeys = widgetKeys;
        this.createUser = createUser;
        this.deactivateUser = deactivateUser;
        this.changePassword = changePassword;
        this.createApiKey = createApiKey;
        this.createWidgetKey = createWidgetKey;
        this.reps = reps;
        this.forms = forms;
        this.clock = clock;
    }

    @QueryMapping
    CallerView me(@ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        if (caller instanceof Caller.Admin admin) {
            return new CallerView("ADMIN", admin.email(), null, List.of());
        }
        if (caller instanceof Caller.Rep rep) {
            return new CallerView("REP", rep.email(), rep.repId().value(), List.of());
        }
        if (caller instanceof Caller.Integration key) {
            return new CallerView("API_KEY", key.keyName(), null, graphQlNames(key.scopes()));
        }
        if (caller instanceof Caller.Widget widget) {
            return new CallerView("WIDGET", null, null, List.of());
        }
        return null;
    }

    @BatchMapping(typeName = "Caller", field = "rep")
    Map<CallerView, RepView> callerRep(List<CallerView> callers) {
        return Batches.load(callers, c -> c.repId() == null ? null : new RepId(c.repId()), reps::byIds, RepView::of);
    }

    @BatchMapping(typeName = "User", field = "rep")
    Map<UserView, RepView> userRep(List<UserView> page) {
        return Batches.load(page, u -> u.repId() == null ? null : new RepId(u.repId()), reps::byIds, RepView::of);
    }

    @BatchMapping(typeName = "WidgetKey", field = "form")
    Map<WidgetKeyView, FormView> form(List<WidgetKeyView> page) {
        Map<WidgetKeyView, FormView> found = new java.util.HashMap<>();
        page.forEach(k -> forms.byId(new FormId(k.formId())).ifPresent(f -> found.put(k, FormView.of(f))));
        return found;
    }

    @QueryMapping
    Connection<UserView> users(@Argument Integer first, @Argument String after) {
        return Connection.of(
                users.page(Connection.limit(first), Cursor.USERS.decode(after)),
                u -> Cursor.USERS.encode(new PagePosition(u.email(), u.id())),
                UserView::of,
                users::count);
    }

    @QueryMapping
    Connection<ApiKeyView> apiKeys(@Argument Integer first, @Argument String after) {
        return Connection.of(
                apiKeys.page(Connection.limit(first), Cursor.API_KEYS.decode(after)),
                k -> Cursor.API_KEYS.encode(PagePosition.of(k.createdAt(), k.id())),
                ApiKeyView::of,
                apiKeys::count);
    }

    @QueryMapping
    Connection<WidgetKeyView> widgetKeys(@Argument Integer first, @Argument String after) {
        return Connection.of(
                widgetKeys.page(Connection.limit(first), Cursor.WIDGET_KEYS.decode(after)),
                k -> Cursor.WIDGET_KEYS.encode(PagePosition.of(k.createdAt(), k.key())),
                WidgetKeyView::of,
                widgetKeys::count);
    }

    @MutationMapping
    UserPayload createUser(@Argument CreateUserInput input) {
        try {
            return new UserPayload(
                    UserView.of(createUser.create(input.email(), input.password(), input.role(), input.repId())),
                    List.of());
        } catch (InputRejected rejected) {
            return new UserPayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    UserPayload deactivateUser(@Argument Map<String, String> input) {
        try {
            return new UserPayload(UserView.of(deactivateUser.deactivate(input.get("userId"))), List.of());
        } catch (InputRejected rejected) {
            return new UserPayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    ChangePasswordPayload changePassword(
            @Argument ChangePasswordInput input,
            @ContextValue(name = Caller.CONTEXT_KEY, required = false) Caller caller) {
        String userId = caller instanceof Caller.Admin admin
                ? admin.userId()
                : caller instanceof Caller.Rep rep ? rep.userId() : null;
        if (userId == null) {
            throw new Refused("FORBIDDEN", "only a signed-in user has a password to change");
        }
        try {
            changePassword.change(userId, input.currentPassword(), input.newPassword());
            return new ChangePasswordPayload(true, List.of());
        } catch (InputRejected rejected) {
            return new ChangePasswordPayload(false, UserError.of(rejected));
        }
    }

    @MutationMapping
    CreateApiKeyPayload createApiKey(@Argument CreateApiKeyInput input) {
        try {
            CreateApiKey.Created created = createApiKey.create(
                    input.name(),
                    input.scopes() == null
                            ? null
                            : input.scopes().stream().map(Scope::scopeName).toList());
            return new CreateApiKeyPayload(ApiKeyView.of(created.apiKey()), created.key(), List.of());
        } catch (InputRejected rejected) {
            return new CreateApiKeyPayload(null, null, UserError.of(rejected));
        } catch (InputsRejected rejected) {
            return new CreateApiKeyPayload(null, null, UserError.of(rejected));
        }
    }

    @MutationMapping
    ApiKeyPayload revokeApiKey(@Argument Map<String, String> input) {
        String id = input.get("id");
        if (!apiKeys.revoke(id, clock.instant())) {
            return new ApiKeyPayload(null, List.of(new UserError(ErrorCode.NOT_FOUND, "id", "no live API key " + id)));
        }
        return new ApiKeyPayload(
                apiKeys.all().stream()
                        .filter(k -> k.id().equals(id))
                        .findFirst()
                        .map(ApiKeyView::of)
                        .orElse(null),
                List.of());
    }

    @MutationMapping
    WidgetKeyPayload createWidgetKey(@Argument CreateWidgetKeyInput input) {
        try {
            return new WidgetKeyPayload(
                    WidgetKeyView.of(createWidgetKey.create(input.formId(), input.allowedOrigins())), List.of());
        } catch (InputRejected rejected) {
            return new WidgetKeyPayload(null, UserError.of(rejected));
        }
    }

    @MutationMapping
    WidgetKeyPayload revokeWidgetKey(@Argument Map<String, String> input) {
        String key = input.get("key");
        if (!widgetKeys.revoke(key, clock.instant())) {
            return new WidgetKeyPayload(
                    null, List.of(new UserError(ErrorCode.NOT_FOUND, "key", "no live widget key " + key)));
        }
        return new WidgetKeyPayload(widgetKeys.byKey(key).map(WidgetKeyView::of).orElse(null), List.of());
    }
}
