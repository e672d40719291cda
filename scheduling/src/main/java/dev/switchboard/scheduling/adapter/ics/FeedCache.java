package dev.switchboard.scheduling.adapter.ics;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;

/**
 * The feeds read last, parsed, with what their server said to ask about changes. Bounded: past
 * {@code capacity} feeds the least recently read is dropped. It lives in one app instance's memory and
 * holds nothing that must be shared: another instance just reads the feed afresh.
 */
final class FeedCache {

    /** A parsed feed and the validators its server gave, either of them null when not given. */
    record Entry(Calendar calendar, String etag, String lastModified) {

        /** The headers asking the server to answer 304 if the feed has not changed. */
        Map<String, String> validators() {
            Map<String, String> headers = new LinkedHashMap<>();
            if (etag != null) {
                headers.put("If-None-Match", etag);
            }
            if (lastModified != null) {
                headers.put("If-Modified-Since", lastModified);
            }
            return headers;
        }
    }

    private final Map<URI, Entry> entries;

    FeedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a feed cache holds at least one feed: " + capacity);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<URI, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Entry get(URI url) {
        return entries.get(url);
    }

    synchronized void put(URI url, Entry entry) {
        entries.put(url, entry);
    }

    synchronized int size() {
        return entries.size();
    }
}
