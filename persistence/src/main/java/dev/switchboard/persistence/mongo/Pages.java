package dev.switchboard.persistence.mongo;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.switchboard.domain.port.PagePosition;
import dev.switchboard.domain.port.Slice;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Keyset pages over a collection ordered by one field then {@code _id}: the page just after a position, read with
 * one more document than asked for to know whether more follow. No skip: a page costs the same wherever it sits.
 */
final class Pages {

    private Pages() {}

    /** The index that serves a list ordered by {@code key} then {@code _id}. */
    static Index index(String key) {
        return new Index()
                .on(key, Sort.Direction.ASC)
                .on("_id", Sort.Direction.ASC)
                .named("page_by_" + key);
    }

    /** {@code filter} ordered by text field {@code key} then id, the page after {@code after}. */
    static Query byText(Query filter, String key, PagePosition after, int limit) {
        return page(filter, key, after == null ? null : after.key(), after, limit);
    }

    /** {@code filter} ordered by time field {@code key} then id, the page after {@code after}. */
    static Query byTime(Query filter, String key, PagePosition after, int limit) {
        return page(filter, key, after == null ? null : (Object) after.instant(), after, limit);
    }

    static <D, T> Slice<T> read(List<D> documents, Function<D, T> toItem, int limit) {
        return Slice.ofOneMore(documents.stream().map(toItem).toList(), limit);
    }

    private static Query page(Query filter, String key, Object afterKey, PagePosition after, int limit) {
        Query query = filter.with(Sort.by(Sort.Direction.ASC, key, "_id")).limit(limit + 1);
        if (after != null) {
            query.addCriteria(new Criteria()
                    .orOperator(
                            where(key).gt(afterKey),
                            where(key).is(afterKey).and("_id").gt(after.id())));
        }
        return query;
    }

    static Instant orEpoch(Instant at) {
        return at == null ? Instant.EPOCH : at;
    }
}
