package dev.switchboard.api.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;

/**
 * The one shape every batch mapping here has: collect the ids a page of parents points at, read them
 * in one call, and hand each parent its child (parents pointing at nothing, or at nothing that exists,
 * get none).
 */
final class Batches {

    private Batches() {}

    static <P, I, C, V> Map<P, V> load(
            List<P> parents, Function<P, I> id, Function<Collection<I>, Map<I, C>> read, Function<C, V> view) {
        Map<I, C> found = read.apply(
                parents.stream().map(id).filter(Objects::nonNull).distinct().toList());
        return parents.stream()
                .distinct()
                .filter(p -> id.apply(p) != null && found.containsKey(id.apply(p)))
                .collect(Collectors.toMap(Function.identity(), p -> view.apply(found.get(id.apply(p)))));
    }

    /**
     * Hands the loader of a batch mapping ({@code mapping}, as {@code "Type.field"}), for this request only, the child
     * of a parent the caller already holds, so the mapping is not asked for it (and reads nothing) when the answer
     * shows it. Whoever reads the field passes the same field authorization as ever: {@code OperationGate} wraps the
     * field's fetcher, and the loader sits behind it.
     */
    static <P, V> void prime(DataFetchingEnvironment env, String mapping, P parent, V child) {
        DataLoader<P, V> loader = env.getDataLoader(mapping);
        if (loader != null) {
            loader.prime(parent, child);
        }
    }
}
