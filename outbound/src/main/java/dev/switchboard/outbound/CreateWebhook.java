package dev.switchboard.outbound;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;

/** An admin registers a webhook; the returned webhook carries its secret, which is shown this once. */
public final class CreateWebhook {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Webhooks webhooks;
    private final Clock clock;

    public CreateWebhook(Webhooks webhooks, Clock clock) {
        this.webhooks = webhooks;
        this.clock = clock;
    }

    public Webhook create(WebhookCommand command) {
        String secret = command.secret() == null ? newSecret() : command.secret();
        Webhook webhook = new Webhook(
                UUID.randomUUID().toString(), command.url(), command.eventTypes(), secret, clock.instant(), 0);
        webhooks.add(webhook);
        return webhook;
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        // Standard Webhooks' form: whsec_ and the key in base64, which its libraries decode as the HMAC key.
        return "whsec_" + Base64.getEncoder().encodeToString(bytes);
    }
}
