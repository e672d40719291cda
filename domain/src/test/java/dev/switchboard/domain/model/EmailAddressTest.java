package dev.switchboard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void the_domain_is_lower_cased_and_the_local_part_kept() {
        EmailAddress email = new EmailAddress(" Ada.Lovelace@Sales.ACME.example ");

        assertThat(email.value()).isEqualTo("Ada.Lovelace@sales.acme.example");
        assertThat(email.domain()).isEqualTo("sales.acme.example");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ada",
                "ada@",
                "@acme.example",
                "ada@acme",
                "ada lovelace@acme.example",
                "ada@acme..example",
                "ada@-acme.example"
            })
    void malformed_addresses_are_rejected_on_the_email_field(String value) {
        assertThatThrownBy(() -> new EmailAddress(value)).isInstanceOfSatisfying(InputRejected.class, e -> {
            assertThat(e.code()).isIn(ErrorCode.INVALID_FORMAT);
            assertThat(e.field()).isEqualTo("email");
        });
    }

    @Test
    void a_missing_address_is_required() {
        assertThatThrownBy(() -> new EmailAddress(" "))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.REQUIRED));
    }
}
