package dev.switchboard.domain.port;

import java.util.List;
import java.util.function.Function;

/** One page of an ordered list, and whether more follow it. */
public record Slice<T>(List<T> items, boolean hasMore) {

    public Slice {
        items = List.copyOf(items);
    }

    /**
     * The page of {@code items} (in any order) that follows {@code after} in the order of {@link PagePosition}s:
     * for lists held in memory (fixtures, computed results); stores page in their queries.
     *
     * @param after where the page starts (just after it); null for the list's start
     */
    public static <T> Slice<T> after(List<T> items, Function<T, PagePosition> position, PagePosition after, int limit) {
        List<T> following = items.stream()
                .filter(item -> after == null || position.apply(item).isAfter(after))
                .sorted((a, b) -> PagePosition.ORDER.compare(position.apply(a), position.apply(b)))
                .toList();
        return new Slice<>(following.subList(0, Math.min(limit, following.size())), following.size() > limit);
    }

    /** The first {@code limit + 1} items read: this page of at most {@code limit}, and whether more follow. */
    public static <T> Slice<T> ofOneMore(List<T> read, int limit) {
        return new Slice<>(read.subList(0, Math.min(limit, read.size())), read.size() > limit);
    }
}
