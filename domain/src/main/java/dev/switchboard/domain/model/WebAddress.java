package dev.switchboard.domain.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The web addresses a form shows or sends people to: absolute http or https URLs, nothing a page could run. */
final class WebAddress {

    static final int MAX = 2000;

    private WebAddress() {}

    static String check(String field, String value) {
        String url = Text.optional(field, value, MAX);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // Told below, as every other address that is not an http(s) URL.
        }
        throw new InputRejected(ErrorCode.INVALID_FORMAT, field, field + " must be an http or https URL");
    }
}
