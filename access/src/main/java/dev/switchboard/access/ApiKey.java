package dev.switchboard.access;

import java.time.Instant;
import java.util.Set;

/**
 * An integrator's secret key. Only the SHA-256 of the key is kept; the key itself is shown once, at creation.
 *
 * @param prefix the key's first characters, shown in lists so an admin can tell keys apart
 */
public record ApiKey(
        String id,
        String name,
        Set<Scope> scopes,
        String hash,
        String prefix,
        Instant createdAt,
        Instant revokedAt,
        Instant lastUsedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
