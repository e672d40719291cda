package dev.switchboard.api.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

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
}
