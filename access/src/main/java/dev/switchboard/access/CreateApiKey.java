package dev.switchboard.access;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.InputsRejected;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Creates an integrator's API key with the given scopes. The key is returned once and only its hash is stored.
 * Errors, every one at once ({@link InputsRejected}): name REQUIRED/TOO_LONG, scopes REQUIRED, scopes[i]
 * INVALID_FORMAT (an unknown scope).
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
        // The name and each scope are checked on their own, so one answer tells every fault.
        List<InputRejected> faults = new ArrayList<>();
        if (name == null || name.isBlank()) {
            faults.add(new InputRejected(ErrorCode.REQUIRED, "name", "a key is named after what uses it"));
        } else if (name.length() > 100) {
            faults.add(new InputRejected(ErrorCode.TOO_LONG, "name", "at most 100 characters"));
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (scopeNames == null || scopeNames.isEmpty()) {
            faults.add(new InputRejected(ErrorCode.REQUIRED, "scopes", "a key needs at least one scope"));
        } else {
            for (int i = 0; i < scopeNames.size(); i++) {
                var scope = Scope.named(scopeNames.get(i));
                if (scope.isEmpty()) {
                    faults.add(new InputRejected(
                            ErrorCode.INVALID_FORMAT, "scopes[" + i + "]", "unknown scope " + scopeNames.get(i)));
                } else {
                    scopes.add(scope.get());
                }
            }
        }
        InputsRejected.throwIfAny(faults);
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
