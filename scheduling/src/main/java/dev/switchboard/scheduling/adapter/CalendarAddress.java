package dev.switchboard.scheduling.adapter;

import java.net.URI;

/**
 * A calendar's address as faults and logs may show it. A published feed's address is its password (Google's
 * "secret address", Outlook's published link carry a token in the path), and any address may carry user info
 * or a token in its query: what is shown keeps only what tells an operator which server it is.
 */
public final class CalendarAddress {

    private CalendarAddress() {}

    /** {@code scheme://host[:port]/…}: the path, query and user info left out, as for a feed. */
    public static String host(URI url) {
        return origin(url) + "/…";
    }

    /** {@code scheme://host[:port]/path}: user info, query and fragment left out, as for a CalDAV collection. */
    public static String withoutSecrets(URI url) {
        String path = url.getRawPath();
        return origin(url) + (path == null ? "" : path);
    }

    /** The same for an address that may not even parse: shown by its host alone when it does, else not at all. */
    public static String host(String url) {
        try {
            return host(URI.create(url));
        } catch (IllegalArgumentException e) {
            return "an address that is not a URL";
        }
    }

    private static String origin(URI url) {
        if (url.getHost() == null) {
            return url.getScheme() == null ? "(no host)" : url.getScheme() + ":(no host)";
        }
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }
}
