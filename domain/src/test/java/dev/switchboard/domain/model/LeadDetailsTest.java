package dev.switchboard.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadDetailsTest {

    private static LeadDetails details(
            String name, List<Attribute> attributes, Integer employees, BigDecimal dealValue) {
        return new LeadDetails(
                name,
                new EmailAddress("ada@acme.example"),
                null,
                " Acme ",
                null,
                employees,
                null,
                null,
                null,
                null,
                null,
                dealValue,
                null,
                null,
                null,
                null,
                attributes);
    }

    @Test
    void text_is_trimmed_and_blank_optional_text_is_absent() {
        LeadDetails details = new LeadDetails(
                "  Ada Lovelace ",
                new EmailAddress("ada@acme.example"),
                " ",
                " Acme ",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);

        assertThat(details.name()).isEqualTo("Ada Lovelace");
        assertThat(details.company()).isEqualTo("Acme");
        assertThat(details.phone()).isNull();
        assertThat(details.attributes()).isEmpty();
    }

    @Test
    void a_blank_name_is_rejected_on_the_name_field() {
        assertThatThrownBy(() -> details("   ", null, null, null)).isInstanceOfSatisfying(InputRejected.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.REQUIRED);
            assertThat(e.field()).isEqualTo("name");
        });
    }

    @Test
    void a_name_over_the_limit_is_rejected_as_too_long() {
        assertThatThrownBy(() -> details("x".repeat(Text.SHORT + 1), null, null, null))
                .isInstanceOfSatisfying(InputRejected.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.TOO_LONG);
                    assertThat(e.field()).isEqualTo("name");
                });
    }

    @Test
    void negative_employees_and_deal_values_are_out_of_range() {
        assertThatThrownBy(() -> details("Ada", null, -1, null))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("employees"));
        assertThatThrownBy(() -> details("Ada", null, null, new BigDecimal("-5")))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("dealValue"));
    }

    @Test
    void attributes_are_bounded_in_number_and_unique_by_key() {
        List<Attribute> tooMany = Collections.nCopies(LeadDetails.MAX_ATTRIBUTES + 1, new Attribute("k", "v"));
        assertThatThrownBy(() -> details("Ada", tooMany, null, null))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.field()).isEqualTo("attributes"));

        List<Attribute> twice = List.of(new Attribute("campaign", "a"), new Attribute("campaign", "b"));
        assertThatThrownBy(() -> details("Ada", twice, null, null)).isInstanceOfSatisfying(InputRejected.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE);
            assertThat(e.field()).isEqualTo("attributes[1].key");
        });
    }

    @Test
    void attribute_keys_cannot_smuggle_operators() {
        assertThatThrownBy(() -> new Attribute("$where", "1"))
                .isInstanceOfSatisfying(
                        InputRejected.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FORMAT));
    }
}
