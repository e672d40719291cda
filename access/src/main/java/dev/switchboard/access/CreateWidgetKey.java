package dev.switchboard.access;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.FormId;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.port.Forms;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Creates a publishable key for one form's widget, usable from the given origins only.
 * Errors: formId NOT_FOUND, allowedOrigins REQUIRED, allowedOrigins[i] INVALID_FORMAT (not scheme://host[:port]).
 */
public class CreateWidgetKey {

    private final WidgetKeys widgetKeys;
    private final Forms forms;
    private final Clock clock;

    public CreateWidgetKey(WidgetKeys widgetKeys, Forms forms, Clock clock) {
        this.widgetKeys = widgetKeys;
        this.forms = forms;
        this.clock = clock;
    }

    public WidgetKey create(String formId, List<String> allowedOrigins) {
        FormId form = forms.byId(new FormId(formId))
                .map(f -> f.id())
                .orElseThrow(() -> new InputRejected(ErrorCode.NOT_FOUND, "formId", "no form " + formId));
        if (allowedOrigins == null || allowedOrigins.isEmpty()) {
            throw new InputRejected(ErrorCode.REQUIRED, "allowedOrigins", "name the sites the widget runs on");
        }
        List<String> origins = new ArrayList<>();
        for (int i = 0; i < allowedOrigins.size(); i++) {
            origins.add(origin(allowedOrigins.get(i), "allowedOrigins[" + i + "]"));
        }
        WidgetKey key = new WidgetKey(
                KeyMaterial.random(KeyMaterial.WIDGET_KEY_PREFIX, 18),
                form,
                List.copyOf(origins),
                clock.instant(),
                null);
        widgetKeys.add(key);
        return key;
    }

    /** An origin as browsers send it: scheme, host and port only, lower case, no path. */
    private static String origin(String value, String field) {
        try {
            URI uri = new URI(value == null ? "" : value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = (uri.getPath() == null || uri.getPath().isEmpty())
                    && uri.getQuery() == null
                    && uri.getFragment() == null
                    && uri.getUserInfo() == null;
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null && bare) {
                return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                        + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            }
        } catch (java.net.URISyntaxException e) {
            // Answered below like any other malformed origin.
        }
        throw new InputRejected(
                ErrorCode.INVALID_FORMAT, field, "an origin is scheme://host[:port], e.g. https://www.acme.example");
    }
}
