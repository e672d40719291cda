package dev.switchboard.api.security;

import dev.switchboard.access.ApiKeys;
import dev.switchboard.access.BookingLinks;
import dev.switchboard.access.PasswordHashes;
import dev.switchboard.access.RateWindows;
import dev.switchboard.access.SignIn;
import dev.switchboard.access.Users;
import dev.switchboard.access.WidgetKeys;
import dev.switchboard.access.WidgetSubmissions;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * HTTP security. Who may call which GraphQL operation is not decided here but in {@link OperationPolicy}:
 * {@code /graphql} lets every request through to it. Here: how callers prove who they are (a session cookie
 * from {@code /auth/login}, or a Bearer key), CSRF for cookie sessions, CORS for widget origins, and the
 * few pages outside GraphQL (actuator, GraphiQL).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    @Bean
    PasswordHashes passwordHashes() {
        // {bcrypt} today; stored hashes name their encoder, so a later default still reads them.
        return new EncodedPasswordHashes(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    @Bean
    SignIn signIn(Users users, PasswordHashes hashes, SecurityProperties settings, Clock clock) {
        return new SignIn(users, hashes, settings.maxFailedSignIns(), settings.lockFor(), clock);
    }

    @Bean
    WidgetSubmissions widgetSubmissions(Clock clock, SecurityProperties settings) {
        return new WidgetSubmissions(clock, settings.minimumFillTime());
    }

    /**
     * Signed booking links. Without a configured key one is made at start: links then stop verifying when the
     * instance restarts, and other instances do not accept them, so production sets the key.
     */
    @Bean
    BookingLinks bookingLinks(SecurityProperties settings) {
        if (settings.linkKey() == null || settings.linkKey().isBlank()) {
            LoggerFactory.getLogger(BookingLinks.class)
                    .warn("switchboard.security.link-key is not set: booking links "
                            + "made now verify on this instance only, until it restarts");
            return new BookingLinks(Base64.getDecoder().decode(randomKey()));
        }
        return new BookingLinks(Base64.getDecoder().decode(settings.linkKey().trim()));
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Bean
    CookieCsrfTokenRepository csrfTokens() {
        // Readable by the admin UI's script, which sends it back as X-XSRF-TOKEN.
        return CookieCsrfTokenRepository.withHttpOnlyFalse();
    }

    @Bean
    HttpSessionSecurityContextRepository sessionContexts() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            SecurityProperties settings,
            ApiKeys apiKeys,
            WidgetKeys widgetKeys,
            CookieCsrfTokenRepository csrfTokens,
            HttpSessionSecurityContextRepository sessionContexts,
            RateWindows rateWindows,
            Clock clock) {
        var limits = new RateLimits(rateWindows, clock);
        var rateLimits = new WidgetRateLimits(limits, settings.widgetPerKey(), settings.widgetPerAddress());
        http.securityContext(context -> context.securityContextRepository(sessionContexts))
                .csrf(csrf -> csrf.spa()
                        .csrfTokenRepository(csrfTokens)
                        .ignoringRequestMatchers(SecurityConfiguration::exemptFromCsrf))
                .cors(cors -> cors.configurationSource(widgetOrigins(widgetKeys)))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.logoutUrl("/auth/logout")
                        .deleteCookies("JSESSIONID")
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT)))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .addFilterBefore(
                        new BearerKeyFilter(apiKeys, widgetKeys, rateLimits, settings.metricsKey(), clock),
                        AnonymousAuthenticationFilter.class)
                .addFilterAfter(
                        new AnonymousRateLimitFilter(
                                limits, settings.anonymousPerAddress(), settings.signInPerAddress()),
                        BearerKeyFilter.class)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                            .permitAll()
                            .requestMatchers("/actuator/prometheus")
                            .hasAuthority(CallerAuthentication.METRICS)
                            .requestMatchers("/actuator/**")
                            .hasAuthority(CallerAuthentication.ADMIN);
                    if (!settings.graphiqlOpen()) {
                        requests.requestMatchers("/graphiql", "/graphiql/**").hasAuthority(CallerAuthentication.ADMIN);
                    }
                    // GraphQL operations are authorized one by one by the OperationPolicy.
                    requests.anyRequest().permitAll();
                });
        return http.build();
    }

    /**
     * A request needs a CSRF token only when a browser could have sent it on a user's behalf: it carries a
     * session cookie. A Bearer key is never sent by a browser on its own, and a GraphQL request with no
     * session is anonymous anyway. Signing in always needs the token, so nobody is signed in to someone
     * else's account by a forged form.
     */
    private static boolean exemptFromCsrf(HttpServletRequest request) {
        if (BearerKeyFilter.hasBearer(request)) {
            return true;
        }
        return "/graphql".equals(request.getRequestURI()) && request.getRequestedSessionId() == null;
    }

    /** Preflights for /graphql are answered for the origins some live widget key allows, and no others. */
    private static CorsConfigurationSource widgetOrigins(WidgetKeys widgetKeys) {
        return request -> {
            String origin = request.getHeader("Origin");
            if (!"/graphql".equals(request.getRequestURI()) || origin == null || !widgetKeys.anyAllows(origin)) {
                return null;
            }
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(List.of(origin));
            cors.setAllowedMethods(List.of(HttpMethod.POST.name()));
            cors.setAllowedHeaders(List.of("Authorization", "Content-Type"));
            // Widgets send a key, never cookies.
            cors.setAllowCredentials(false);
            cors.setMaxAge(Duration.ofMinutes(10));
            return cors;
        };
    }
}
