package dev.switchboard.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-address limits for callers who hold no key: GraphQL requests from nobody signed in (no Bearer key, no
 * session), {@code switchboard.security.anonymous-per-address} a minute, and sign-in attempts
 * ({@code POST /auth/login}), {@code sign-in-per-address} a minute whoever they name, so one address cannot spray
 * passwords over many accounts below each account's lockout. Over either: HTTP 429, code {@code RATE_LIMITED}, and
 * {@code Retry-After} the real wait. Runs after {@link BearerKeyFilter}, so a key's request is never counted here
 * (widget keys have their own limits), and after the session's sign-in is read.
 */
final class AnonymousRateLimitFilter extends OncePerRequestFilter {

    private static final String REFUSAL = """
            {"errors":[{"message":"%s","extensions":{"code":"RATE_LIMITED"}}]}""";

    private final RateLimits limits;
    private final int anonymousPerAddress;
    private final int signInsPerAddress;

    AnonymousRateLimitFilter(RateLimits limits, int anonymousPerAddress, int signInsPerAddress) {
        this.limits = limits;
        this.anonymousPerAddress = anonymousPerAddress;
        this.signInsPerAddress = signInsPerAddress;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        Optional<Duration> wait = Optional.empty();
        if ("/auth/login".equals(path) && "POST".equals(request.getMethod())) {
            wait = limits.take("sign-in:" + request.getRemoteAddr(), signInsPerAddress);
        } else if ("/graphql".equals(path) && !BearerKeyFilter.hasBearer(request) && !signedIn()) {
            wait = limits.take("anonymous:" + request.getRemoteAddr(), anonymousPerAddress);
        }
        if (wait.isPresent()) {
            long seconds = RateLimits.seconds(wait.get());
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getOutputStream()
                    .write(REFUSAL.formatted("too many requests; try again in " + seconds + " s")
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
