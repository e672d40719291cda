package dev.switchboard.access;

import dev.switchboard.domain.model.FormId;
import java.time.Instant;
import java.util.List;

/**
 * A publishable key for one lead form's widget. It is public by design (it sits in the page's HTML), so it is
 * stored as is; what makes it safe is how little it may do, from where, and how often.
 *
 * @param allowedOrigins exact origins, e.g. {@code https://www.acme.example}
 */
public record WidgetKey(String key, FormId formId, List<String> allowedOrigins, Instant createdAt, Instant revokedAt) {

    public boolean allows(String origin) {
        return origin != null && allowedOrigins.contains(origin);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
