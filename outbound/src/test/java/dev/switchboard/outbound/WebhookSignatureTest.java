package dev.switchboard.outbound;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_test-secret-0123456789";
    private static final String BODY = "{\"id\":\"lead:1:assigned\",\"type\":\"LeadAssigned\"}";

    @Test
    void the_header_carries_the_time_and_an_hmac_of_time_dot_body_that_a_receiver_recomputes() {
        String header = WebhookSignature.header(SECRET, 1_795_000_000L, BODY);

        assertThat(header).matches("t=1795000000,v1=[0-9a-f]{64}");
        assertThat(header).endsWith(WebhookSignature.hmac(SECRET, "1795000000." + BODY));
        assertThat(WebhookSignature.verify(SECRET, header, BODY)).isTrue();
    }

    @Test
    void another_body_another_time_or_another_secret_does_not_verify() {
        String header = WebhookSignature.header(SECRET, 1_795_000_000L, BODY);

        assertThat(WebhookSignature.verify(SECRET, header, BODY + " ")).isFalse();
        assertThat(WebhookSignature.verify(SECRET, header.replace("t=1795000000", "t=1795000001"), BODY)).isFalse();
        assertThat(WebhookSignature.verify("whsec_another-secret-012345", header, BODY)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "v1=abc", BODY)).isFalse();
    }
}
