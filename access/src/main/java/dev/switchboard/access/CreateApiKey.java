package dev.switchboard.access;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Creates an integrator's API key with the given scopes. The key is returned once and only its hash is stored.
 * Errors: name REQUIRED/TOO_LONG, scopes REQUIRED, scopes[i] INVALID_FORMAT (an unknown scope).
 */
public class CreateApiKey {

    /** A key made now, and the key itself, which exists nowhere else. */
    public record Created(ApiKey apiKey, String key) {}

    private final ApiKeys apiKeys;
    private final Clock clock;

    public CreateApiKey(ApiKeys apiKeys, Clock clock) {
        this.apiKeys = apiKeys;
        this.clock = clock;
    }

    public Created create(String name, List<String> scopeNames) {
        if (name == null || name.isBlank()) {
            throw new InputRejected(ErrorCode.REQUIRED, "name", "a key is named after what uses it");
        }
        if (name.length() > 100) {
            throw new InputRejected(ErrorCode.TOO_LONG, "name", "at most 100 characters");
        }
        if (scopeNames == null || scopeNames.isEmpty()) {
            throw new InputRejected(ErrorCode.REQUIRED, "scopes", "a key needs at least one scope");
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (int i = 0; i < scopeNames.size(); i++) {
            var scope = Scope.named(scopeNames.get(i));
            if (scope.isEmpty()) {
                throw new InputRejected(
                        ErrorCode.INVALID_FORMAT, "scopes[" + i + "]", "unknown scope " + scopeNames.get(i));
            }
            scopes.add(scope.get());
        }
        String key = KeyMaterial.random(KeyMaterial.API_KEY_PREFIX, 32);
        ApiKey apiKey = new ApiKey(
                UUID.randomUUID().toString(),
                name.trim(),
                scopes,
                KeyMaterial.hash(key),
                key.substring(0, 10),
                clock.instant(),
                null,
                null);
        apiKeys.add(apiKey);
        return new Created(apiKey, key);
    }
}
