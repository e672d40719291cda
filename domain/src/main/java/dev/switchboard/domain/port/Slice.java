package dev.switchboard.domain.port;

import java.util.List;

/** One page of an ordered list, and whether more follow it. */
public record Slice<T>(List<T> items, boolean hasMore) {

    public Slice {
        items = List.copyOf(items);
    }
}
