package dev.switchboard.api.graphql;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Global ids in one place rather than in every controller: each {@code ID} field that names a Node answers its
 * global id ({@link GlobalIds#encode}), and each {@code ID} argument or input field that names one is decoded to the
 * stored id before the controller sees it ({@link GlobalIds#typeOf} says which type a field names). Controllers, views
 * and the core keep working with stored ids.
 */
@Configuration(proxyBeanMethods = false)
class GlobalIdFields {

    @Bean
    GraphQlSourceBuilderCustomizer globalIdVisitor() {
        return builder -> builder.typeVisitors(List.of(new Visitor()));
    }

    private static final class Visitor extends GraphQLTypeVisitorStub {

        private final Map<String, Boolean> holdsIds = new HashMap<>();

        @Override
        public TraversalControl visitGraphQLFieldDefinition(
                GraphQLFieldDefinition field, TraverserContext<GraphQLSchemaElement> context) {
            if (!(context.getParentNode() instanceof GraphQLObjectType parent)
                    || parent.getName().startsWith("__")) {
                return TraversalControl.CONTINUE;
            }
            GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
            FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
            DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
            Optional<String> answers = isId(field.getType())
                    ? GlobalIds.typeOf(parent.getName(), field.getName(), null)
                    : Optional.empty();
            boolean decodes = field.getArguments().stream().anyMatch(a -> holdsIds(a.getType(), new HashSet<>()));
            if (answers.isEmpty() && !decodes) {
                return TraversalControl.CONTINUE;
            }
            String container = parent.getName() + "." + field.getName();
            String returns = GraphQLTypeUtil.unwrapAll(field.getType()).getName();
            DataFetcher<?> decoding = decodes ? new Decoding(fetcher, field, container, returns) : fetcher;
            registry.dataFetcher(coordinates, answers.isPresent() ? new Encoding(decoding, answers.get()) : decoding);
            return TraversalControl.CONTINUE;
        }

        /** Whether an input type holds an ID somewhere (an input object's fields, at any depth). */
        private boolean holdsIds(GraphQLType type, Set<String> seen) {
            GraphQLType bare = GraphQLTypeUtil.unwrapAll(type);
            if (bare instanceof GraphQLScalarType scalar) {
                return scalar.getName().equals("ID");
            }
            if (!(bare instanceof GraphQLInputObjectType input) || !seen.add(input.getName())) {
                return false;
            }
            Boolean known = holdsIds.get(input.getName());
            if (known != null) {
                return known;
            }
            boolean holds = input.getFields().stream().anyMatch(f -> holdsIds(f.getType(), seen));
            holdsIds.put(input.getName(), holds);
            return holds;
        }
    }

    private static boolean isId(GraphQLType type) {
        return GraphQLTypeUtil.unwrapAll(type) instanceof GraphQLScalarType scalar
                && scalar.getName().equals("ID");
    }

    /** Answers the global id of what the field's fetcher answers (a stored id, a list of them). */
    private record Encoding(DataFetcher<?> fetcher, String type) implements DataFetcher<Object> {

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return encoded(fetcher.get(environment));
        }

        private Object encoded(Object value) {
            if (value instanceof String id) {
                return GlobalIds.encode(type, id);
            }
            if (value instanceof List<?> list) {
                return list.stream().map(this::encoded).toList();
            }
            if (value instanceof CompletionStage<?> stage) {
                return stage.thenApply(this::encoded);
            }
            if (value instanceof DataFetcherResult<?> result) {
                return result.map(this::encoded);
            }
            return value;
        }
    }

    /** Decodes the ids among the field's arguments, then fetches as if the stored ids had been sent. */
    private static final class Decoding implements DataFetcher<Object> {

        private final DataFetcher<?> fetcher;
        private final GraphQLFieldDefinition field;
        private final String container;
        private final String returns;

        Decoding(DataFetcher<?> fetcher, GraphQLFieldDefinition field, String container, String returns) {
            this.fetcher = fetcher;
            this.field = field;
            this.container = container;
            this.returns = returns;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Map<String, Object> arguments = new LinkedHashMap<>(environment.getArguments());
            for (GraphQLArgument argument : field.getArguments()) {
                if (arguments.get(argument.getName()) != null) {
                    // An input object's field at fault is named below it (members[1].repId), as user errors are.
                    boolean input = GraphQLTypeUtil.unwrapAll(argument.getType()) instanceof GraphQLInputObjectType;
                    arguments.put(
                            argument.getName(),
                            decoded(
                                    argument.getType(),
                                    arguments.get(argument.getName()),
                                    container,
                                    argument.getName(),
                                    input ? "" : argument.getName()));
                }
            }
            return fetcher.get(DataFetchingEnvironmentImpl.newDataFetchingEnvironment(environment)
                    .arguments(arguments)
                    .build());
        }

        private Object decoded(GraphQLType type, Object value, String holder, String name, String path) {
            if (value == null) {
                return null;
            }
            if (type instanceof GraphQLNonNull nonNull) {
                return decoded(nonNull.getWrappedType(), value, holder, name, path);
            }
            if (type instanceof GraphQLList list && value instanceof List<?> items) {
                List<Object> out = new ArrayList<>(items.size());
                for (int i = 0; i < items.size(); i++) {
                    out.add(decoded(list.getWrappedType(), items.get(i), holder, name, path + "[" + i + "]"));
                }
                return out;
            }
            if (type instanceof GraphQLScalarType scalar
                    && scalar.getName().equals("ID")
                    && value instanceof String id) {
                if (GlobalIds.ANY_TYPE.contains(holder + "." + name)) {
                    return GlobalIds.storedId(id);
                }
                Optional<String> named = GlobalIds.typeOf(holder, name, returns);
                return named.isPresent() ? GlobalIds.storedId(id, named.get(), path) : id;
            }
            if (type instanceof GraphQLInputObjectType input && value instanceof Map<?, ?> map) {
                Map<String, Object> out = new LinkedHashMap<>();
                map.forEach((key, item) -> out.put((String) key, item));
                for (GraphQLInputObjectField inner : input.getFields()) {
                    if (map.containsKey(inner.getName()) && map.get(inner.getName()) != null) {
                        out.put(
                                inner.getName(),
                                decoded(
                                        inner.getType(),
                                        map.get(inner.getName()),
                                        input.getName(),
                                        inner.getName(),
                                        path.isEmpty() ? inner.getName() : path + "." + inner.getName()));
                    }
                }
                return out;
            }
            return value;
        }
    }
}
