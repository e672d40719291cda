package dev.switchboard.api.security;

import dev.switchboard.access.ApiKey;
import dev.switchboard.access.ApiKeys;
import dev.switchboard.access.Caller;
import dev.switchboard.access.KeyMaterial;
import dev.switchboard.access.WidgetKey;
import dev.switchboard.access.WidgetKeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code Authorization: Bearer <key>}: an integrator's API key
 * ({@code sb_sk_...}), a form's widget key ({@code sb_pk_...}) or the configured metrics key. The caller holds
 * for this request only; nothing goes into a session. A key that is unknown or revoked is answered 401 at once,
 * a widget key used from an origin its form does not allow 403, and a widget key over its rate 429.
 */
final class BearerKeyFilter extends OncePerRequestFilter {

    private static final Duration LAST_USED_EVERY = Duration.ofMinutes(1);
    private static final String REFUSAL = """
            {"errors":[{"message":"%s","extensions":{"code":"%s"}}]}""";

    private final ApiKeys apiKeys;
    private final WidgetKeys widgetKeys;
    private final WidgetRateLimits rateLimits;
    private final String metricsKey;
    private final Clock clock;

    BearerKeyFilter(
            ApiKeys apiKeys, WidgetKeys widgetKeys, WidgetRateLimits rateLimits, String metricsKey, Clock clock) {
        this.apiKeys = apiKeys;
        this.widgetKeys = widgetKeys;
        this.rateLimits = rateLimits;
        this.metricsKey = metricsKey;
        this.clock = clock;
    }

    static boolean hasBearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearer(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HttpHeaders.AUTHORIZATION).substring(7).trim();
        Optional<Caller> caller;
        if (key.startsWith(KeyMaterial.WIDGET_KEY_PREFIX)) {
            Optional<WidgetKey> widget = widgetKeys.byKey(key).filter(w -> !w.revoked());
            if (widget.isPresent() && !widget.get().allows(request.getHeader(HttpHeaders.ORIGIN))) {
                refuse(
                        response,
                        HttpServletResponse.SC_FORBIDDEN,
                        "FORBIDDEN",
                        "this widget key is not allowed from this origin");
                return;
            }
            Optional<Duration> wait =
                    widget.isPresent() ? rateLimits.admit(key, request.getRemoteAddr()) : Optional.empty();
            if (wait.isPresent()) {
                long seconds = RateLimits.seconds(wait.get());
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                refuse(response, 429, "RATE_LIMITED", "too many requests; try again in " + seconds + " s");
                return;
            }
            caller = widget.map(w -> new Caller.Widget(w.key(), w.formId()));
        } else if (metricsKey != null && !metricsKey.isBlank() && KeyMaterial.sameText(key, metricsKey)) {
            caller = Optional.of(new Caller.Scraper());
        } else {
            Optional<ApiKey> apiKey = apiKeys.byHash(KeyMaterial.hash(key)).filter(k -> !k.revoked());
            apiKey.ifPresent(k -> apiKeys.used(k.id(), clock.instant(), LAST_USED_EVERY));
            caller = apiKey.map(k -> new Caller.Integration(k.id(), k.name(), k.scopes()));
        }
        if (caller.isEmpty()) {
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "UNAUTHENTICATED", "unknown or revoked key");
            return;
        }
        SecurityContextHolder.setContext(new SecurityContextImpl(new CallerAuthentication(caller.get())));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static void refuse(HttpServletResponse response, int status, String code, String message)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getOutputStream().write(REFUSAL.formatted(message, code).getBytes(StandardCharsets.UTF_8));
    }
}
