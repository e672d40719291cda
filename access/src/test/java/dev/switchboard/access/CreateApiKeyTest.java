package dev.switchboard.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.model.InputsRejected;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateApiKeyTest {

    /** The keys stored, in memory. */
    private final List<ApiKey> stored = new ArrayList<>();

    private final ApiKeys keys = new ApiKeys() {
        @Override
        public void add(ApiKey key) {
            stored.add(key);
        }

        @Override
        public Optional<ApiKey> byHash(String hash) {
            return stored.stream().filter(k -> k.hash().equals(hash)).findFirst();
        }

        @Override
        public List<ApiKey> all() {
            return List.copyOf(stored);
        }

        @Override
        public boolean revoke(String id, Instant at) {
            return false;
        }

        @Override
        public void used(String id, Instant at, Duration every) {}
    };

    private final CreateApiKey createApiKey =
            new CreateApiKey(keys, Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC));

    @Test
    void a_blank_name_and_unknown_scopes_are_all_told_at_once_and_nothing_is_stored() {
        assertThatThrownBy(() -> createApiKey.create(" ", List.of("leads:write", "everything", "nope")))
                .isInstanceOfSatisfying(
                        InputsRejected.class,
                        e -> assertThat(e.faults().stream()
                                        .map(f -> f.code() + " " + f.field())
                                        .toList())
                                .containsExactly(
                                        "REQUIRED name", "INVALID_FORMAT scopes[1]", "INVALID_FORMAT scopes[2]"));
        assertThat(stored).isEmpty();
    }

    @Test
    void a_good_key_is_stored_once() {
        assertThat(createApiKey.create("website", List.of("leads:write")).key()).startsWith("sb_sk_");
        assertThat(stored).hasSize(1);
    }
}
