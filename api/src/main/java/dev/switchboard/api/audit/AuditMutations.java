package dev.switchboard.api.audit;

import dev.switchboard.access.audit.AuditEntry;
import dev.switchboard.access.audit.AuditLog;
import dev.switchboard.api.audit.AuditTargets.Target;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLNamedType;
import java.time.Clock;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one place admin changes are logged: every top-level mutation except those prospects and reps make is
 * wrapped, its target read just before and just after it, and an {@link AuditEntry} added when it succeeded (its
 * payload has no errors: a rejected mutation changed nothing). Reading before and after is not atomic with the
 * change: a concurrent change to the same target can show in either.
 */
public final class AuditMutations extends SimplePerformantInstrumentation {

    /** Mutations that are not admin configuration: prospects submit and book, reps claim and accept. */
    static final Set<String> NOT_ADMIN = Set.of(
            "submitLead",
            "claimLead",
            "acceptLead",
            "recordConversion",
            "bookMeeting",
            "rescheduleBooking",
            "cancelBooking");

    static final int MAX_STATE = 20_000;
    private static final Set<String> SECRET_WORDS = Set.of("secret", "password", "token", "privatekey", "key");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditLog log;
    private final AuditTargets targets;
    private final Clock clock;

    public AuditMutations(AuditLog log, AuditTargets targets, Clock clock) {
        this.log = log;
        this.targets = targets;
        this.clock = clock;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(
            DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        DataFetchingEnvironment environment = parameters.getEnvironment();
        if (!(environment.getParentType() instanceof GraphQLNamedType parent)
                || !parent.getName().equals("Mutation")
                || NOT_ADMIN.contains(environment.getField().getName())) {
            return fetcher;
        }
        return env -> {
            String operation = env.getField().getName();
            Object input = env.getArgument("input");
            @SuppressWarnings("unchecked")
            Target named = targets.of(operation, input instanceof Map<?, ?> map ? (Map<String, Object>) map : null);
            String before = named == null ? null : state(targets.read(named));
            Object result = fetcher.get(env);
            String actor = env.getGraphQlContext().getOrDefault(ActorInterceptor.ACTOR, Actors.SYSTEM);
            if (result instanceof CompletionStage<?> stage) {
                return stage.thenApply(done -> {
                    record(actor, operation, named, before, done);
                    return done;
                });
            }
            record(actor, operation, named, before, result);
            return result;
        };
    }

    private void record(String actor, String operation, Target named, String before, Object payload) {
        JsonNode tree = payload == null ? null : JSON.valueToTree(payload);
        if (tree == null || tree.path("errors").size() > 0) {
            return;
        }
        Target target = named != null ? named : created(tree);
        String after = target == null ? null : state(targets.read(target));
        log.add(new AuditEntry(
                UUID.randomUUID().toString(),
                actor,
                clock.instant(),
                operation,
                target == null ? null : target.type(),
                target == null ? null : target.id(),
                before,
                after));
    }

    /** A create names its target only in its payload: the first object there with an id, e.g. {@code pool { id }}. */
    private static Target created(JsonNode payload) {
        for (Map.Entry<String, JsonNode> field : payload.properties()) {
            JsonNode id = field.getValue().path("id");
            if (field.getValue().isObject() && id.isString()) {
                return new Target(field.getKey(), id.asString());
            }
        }
        return null;
    }

    /** The state as JSON with anything secret masked, cut at {@link #MAX_STATE} characters; null when there is none. */
    static String state(Optional<?> state) {
        if (state.isEmpty()) {
            return null;
        }
        String json;
        try {
            JsonNode tree = JSON.valueToTree(state.get());
            mask(tree);
            json = tree.toString();
        } catch (RuntimeException notMappable) {
            // A state Jackson cannot map is still logged, as its record's own description.
            json = JSON.writeValueAsString(String.valueOf(state.get()));
        }
        return json.length() > MAX_STATE ? json.substring(0, MAX_STATE) + "…(cut)" : json;
    }

    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey().toLowerCase(Locale.ROOT);
                if (SECRET_WORDS.stream().anyMatch(name::contains)
                        && !field.getValue().isNull()) {
                    object.put(field.getKey(), "***");
                } else {
                    mask(field.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(AuditMutations::mask);
        }
    }
}
