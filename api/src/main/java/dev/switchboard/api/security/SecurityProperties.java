package dev.switchboard.api.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security settings ({@code switchboard.security.*}).
 *
 * @param maxFailedSignIns    failed sign-ins in a row that lock a user
 * @param lockFor             how long a locked user stays locked
 * @param metricsKey          a key Prometheus may send as {@code Authorization: Bearer <key>}; unset: admins and
 *                            API keys with {@code metrics:read} only
 * @param graphiqlOpen        whether anyone may load GraphiQL (its queries still go through the policy); false:
 *                            admins only
 * @param widgetPerKey        requests per minute one widget key may make, across all its visitors
 * @param widgetPerAddress    requests per minute one client address may make with widget keys
 * @param anonymousPerAddress GraphQL requests per minute one client address may make with no key and no session
 * @param signInPerAddress    sign-in attempts per minute from one client address, whichever accounts they name
 * @param minimumFillTime     a widget lead submitted sooner than this after the form was shown is refused as a bot's
 * @param linkKey             base64 HMAC key for signed booking links; unset: one is derived at random per start
 */
@ConfigurationProperties("switchboard.security")
public record SecurityProperties(
        Integer maxFailedSignIns,
        Duration lockFor,
        String metricsKey,
        Boolean graphiqlOpen,
        Integer widgetPerKey,
        Integer widgetPerAddress,
        Integer anonymousPerAddress,
        Integer signInPerAddress,
        Duration minimumFillTime,
        String linkKey) {

    public SecurityProperties {
        maxFailedSignIns = maxFailedSignIns == null ? 5 : maxFailedSignIns;
        lockFor = lockFor == null ? Duration.ofMinutes(15) : lockFor;
        graphiqlOpen = graphiqlOpen == null || graphiqlOpen;
        widgetPerKey = widgetPerKey == null ? 600 : widgetPerKey;
        widgetPerAddress = widgetPerAddress == null ? 30 : widgetPerAddress;
        anonymousPerAddress = anonymousPerAddress == null ? 60 : anonymousPerAddress;
        signInPerAddress = signInPerAddress == null ? 10 : signInPerAddress;
        minimumFillTime = minimumFillTime == null ? Duration.ofSeconds(3) : minimumFillTime;
    }
}
