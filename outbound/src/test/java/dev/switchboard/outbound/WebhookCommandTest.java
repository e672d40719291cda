package dev.switchboard.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.domain.model.InputsRejected;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookCommandTest {

    private static List<String> faults(Runnable build) {
        try {
            build.run();
        } catch (InputsRejected rejected) {
            return rejected.faults().stream()
                    .map(f -> f.code() + " " + f.field())
                    .toList();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void every_fault_is_told_at_once_each_at_its_field() {
        assertThat(faults(() -> new WebhookCommand(
                        "ftp://hooks.example", List.of("LeadAssigned", "LeadEaten", "Nope"), "short")))
                .containsExactly(
                        "INVALID_FORMAT url",
                        "INVALID_FORMAT eventTypes[1]",
                        "INVALID_FORMAT eventTypes[2]",
                        "OUT_OF_RANGE secret");
    }

    @Test
    void a_missing_url_and_no_event_types_are_both_required() {
        assertThat(faults(() -> new WebhookCommand(" ", List.of(), null)))
                .containsExactly("REQUIRED url", "REQUIRED eventTypes");
    }

    @Test
    void a_good_command_keeps_each_event_type_once() {
        assertThat(new WebhookCommand("https://crm.example/in", List.of("LeadAssigned", "LeadAssigned"), null)
                        .eventTypes())
                .containsExactly("LeadAssigned");
        assertThatThrownBy(() -> new WebhookCommand("https://crm.example/in", null, null))
                .isInstanceOf(InputsRejected.class);
    }
}
