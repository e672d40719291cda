package dev.switchboard.api.graphql;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.port.Slice;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A Relay connection: one page of nodes with their opaque cursors, and how many the whole list holds (counted by the
 * store only when asked for).
 */
record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, LongSupplier counter) {

    static final int DEFAULT_PAGE = 20;
    static final int MAX_PAGE = 100;

    record Edge<T>(String cursor, T node) {}

    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}

    static int limit(Integer first) {
        if (first == null) {
            return DEFAULT_PAGE;
        }
        if (first < 1 || first > MAX_PAGE) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "first", "first must be between 1 and " + MAX_PAGE);
        }
        return first;
    }

    /** This page's nodes without their cursors. */
    public List<T> nodes() {
        return edges.stream().map(Edge::node).toList();
    }

    /** How many the list holds over all its pages; null for a list that is not counted. */
    public Long totalCount() {
        return counter == null ? null : counter.getAsLong();
    }

    /** A page of a list that is not counted. */
    static <M, T> Connection<T> of(Slice<M> slice, Function<M, String> cursor, Function<M, T> view) {
        return of(slice, cursor, view, null);
    }

    /**
     * A page of a list and how to count the whole list: {@code counter} runs only when totalCount is asked for.
     */
    static <M, T> Connection<T> of(
            Slice<M> slice, Function<M, String> cursor, Function<M, T> view, LongSupplier counter) {
        List<Edge<T>> edges = slice.items().stream()
                .map(m -> new Edge<>(cursor.apply(m), view.apply(m)))
                .toList();
        String start = edges.isEmpty() ? null : edges.get(0).cursor();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        // Only forward paging is offered, so there is never a previous page to report.
        return new Connection<>(edges, new PageInfo(slice.hasMore(), false, start, end), counter);
    }
}
