package dev.switchboard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GlobalIdTest {

    @Test
    void a_global_id_is_base64url_of_the_type_a_colon_and_the_stored_id_without_padding() {
        GlobalId rep = GlobalId.of(new RepId("6f1c2a"));

        assertThat(rep.value()).isEqualTo("UmVwOjZmMWMyYQ");
        assertThat(new String(Base64.getUrlDecoder().decode(rep.value()), StandardCharsets.UTF_8))
                .isEqualTo("Rep:6f1c2a");
        assertThat(rep.value()).doesNotContain("=");
    }

    @Test
    void a_global_id_reads_back_as_its_type_and_stored_id() {
        assertThat(GlobalId.parse(GlobalId.of(new LeadId("l-1")).value())).contains(new GlobalId("Lead", "l-1"));
        assertThat(GlobalId.parse(GlobalId.ofBooking("b:1").value())).contains(new GlobalId("Booking", "b:1"));
        assertThat(GlobalId.parse(GlobalId.of(new MeetingTypeId("demo")).value()))
                .contains(new GlobalId("MeetingType", "demo"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "6f1c2a", "prospect7@acme.example", "UmVwOjZmMWMyYQ==", "UmVwOg", "OjZmMWMyYQ"})
    void nothing_but_the_exact_encoding_of_a_type_and_an_id_reads_as_one(String text) {
        // In order: empty, a stored id, an email, padded, no id after the colon, no type before it.
        assertThat(GlobalId.parse(text)).isEmpty();
    }

    @Test
    void a_last_character_carrying_bits_no_encoder_writes_does_not_read_as_an_id() {
        String exact = GlobalId.of(new RepId("6f1c2a")).value();
        String loose = exact.substring(0, exact.length() - 1) + "b";

        assertThat(Base64.getUrlDecoder().decode(loose))
                .isEqualTo(Base64.getUrlDecoder().decode(exact));
        assertThat(GlobalId.parse(loose)).isEmpty();
    }
}
