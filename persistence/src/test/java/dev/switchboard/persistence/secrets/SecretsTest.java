package dev.switchboard.persistence.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.persistence.secrets.Secrets.SecretsUnavailable;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretsTest {

    private final Secrets secrets = Secrets.withKey(Secrets.newKey());

    @Test
    void a_sealed_secret_opens_for_its_context_and_never_reads_in_clear() {
        String sealed = secrets.seal("1//refresh-token", "calendar_connections/rep-1/GOOGLE_OAUTH");

        assertThat(sealed).startsWith("v1:").doesNotContain("refresh");
        assertThat(secrets.open(sealed, "calendar_connections/rep-1/GOOGLE_OAUTH"))
                .isEqualTo("1//refresh-token");
    }

    @Test
    void the_same_secret_sealed_twice_looks_different_because_each_value_has_its_own_iv() {
        String once = secrets.seal("password", "c");
        String twice = secrets.seal("password", "c");

        assertThat(once).isNotEqualTo(twice);
        assertThat(Base64.getDecoder().decode(once.substring(3))).hasSize(12 + "password".length() + 16);
    }

    @Test
    void a_secret_moved_to_another_context_altered_or_opened_with_another_key_does_not_open() {
        String sealed = secrets.seal("password", "calendar_connections/rep-1/CALDAV");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String altered = "v1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> secrets.open(sealed, "calendar_connections/rep-2/CALDAV"))
                .isInstanceOf(SecretsUnavailable.class);
        assertThatThrownBy(() -> secrets.open(altered, "calendar_connections/rep-1/CALDAV"))
                .isInstanceOf(SecretsUnavailable.class);
        assertThatThrownBy(() -> Secrets.withKey(Secrets.newKey()).open(sealed, "calendar_connections/rep-1/CALDAV"))
                .isInstanceOf(SecretsUnavailable.class)
                .hasMessageContaining(Secrets.KEY_PROPERTY);
    }

    @Test
    void a_key_that_is_not_base64_of_32_bytes_is_refused_naming_the_property() {
        assertThatThrownBy(() -> Secrets.withKey("not base64 !")).hasMessageContaining("switchboard.secrets.key");
        assertThatThrownBy(() -> Secrets.withKey(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("switchboard.secrets.key")
                .hasMessageContaining("16 bytes");
    }

    @Test
    void without_a_key_nothing_is_sealed_and_the_reason_is_given() {
        Secrets none = Secrets.none("switchboard.secrets.key is not set");

        assertThat(none.seal(null, "c")).isNull();
        assertThatThrownBy(() -> none.seal("password", "c"))
                .isInstanceOf(SecretsUnavailable.class)
                .hasMessageContaining("switchboard.secrets.key is not set");
    }
}
