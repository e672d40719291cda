package dev.switchboard.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    // The example of the Standard Webhooks specification: its libraries and ours must agree on it.
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1_614_265_330L;
    private static final String BODY = "{\"test\": 2432232314}";

    @Test
    void a_delivery_is_signed_as_standard_webhooks_signs_it_over_id_dot_timestamp_dot_body() {
        String signature = WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY);

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        assertThat(WebhookSignature.verify(SECRET, ID, "1614265330", signature, BODY))
                .isTrue();
        assertThat(WebhookSignature.verify(SECRET, ID, "1614265330", "v1,bm90LWl0 " + signature, BODY))
                .as("one of several signatures, as while a secret is rotated")
                .isTrue();
    }

    @Test
    void a_changed_body_id_or_timestamp_or_another_secret_fails_verification() {
        String signature = WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY);

        assertThat(WebhookSignature.verify(SECRET, ID, "1614265330", signature, BODY + " "))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, ID, "1614265331", signature, BODY))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, "msg_other", "1614265330", signature, BODY))
                .isFalse();
        assertThat(WebhookSignature.verify("whsec_YW5vdGhlciBzZWNyZXQ=", ID, "1614265330", signature, BODY))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, ID, "1614265330", "v2,abc", BODY))
                .isFalse();
    }

    @Test
    void secrets_made_before_the_standard_format_and_secrets_admins_chose_keep_signing() {
        String madeBefore = "whsec_ab-_" + "x".repeat(39);
        String chosen = "an admin's own secret";

        assertThat(WebhookSignature.key(madeBefore))
                .isEqualTo(java.util.Base64.getUrlDecoder().decode(madeBefore.substring(6)));
        assertThat(WebhookSignature.key(chosen)).isEqualTo(chosen.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(WebhookSignature.key("whsec_not base64!"))
                .isEqualTo("whsec_not base64!".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(WebhookSignature.verify(
                        chosen, ID, "1614265330", WebhookSignature.sign(chosen, ID, TIMESTAMP, BODY), BODY))
                .isTrue();
    }
}
