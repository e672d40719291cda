package dev.switchboard.api.security;

import dev.switchboard.access.SignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-in for admins and reps: {@code POST /auth/login} with JSON {@code {"email", "password"}} or a form,
 * answered 200 with who signed in (and a session cookie) or 401 {@code BAD_CREDENTIALS} whatever the reason.
 * {@code GET /auth/csrf} sets the {@code XSRF-TOKEN} cookie, whose value a script echoes as the
 * {@code X-XSRF-TOKEN} header on every request of its session. Sign-out is {@code POST /auth/logout}.
 */
@RestController
class SignInEndpoint {

    record Credentials(String email, String password) {}

    private final SignIn signIn;
    private final HttpSessionSecurityContextRepository sessions;

    SignInEndpoint(SignIn signIn, HttpSessionSecurityContextRepository sessions) {
        this.signIn = signIn;
        this.sessions = sessions;
    }

    @GetMapping("/auth/csrf")
    Map<String, String> csrf(CsrfToken token) {
        // Reading the token makes the filter write its cookie; the body's value is masked, the cookie's is the one to
        // echo.
        token.getToken();
        return Map.of("cookieName", "XSRF-TOKEN", "headerName", token.getHeaderName());
    }

    @PostMapping(path = "/auth/login", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> signInJson(
            @RequestBody Credentials credentials, HttpServletRequest request, HttpServletResponse response) {
        return signIn(credentials.email(), credentials.password(), request, response);
    }

    @PostMapping(path = "/auth/login", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Map<String, Object>> signInForm(
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String password,
            HttpServletRequest request,
            HttpServletResponse response) {
        return signIn(email, password, request, response);
    }

    private ResponseEntity<Map<String, Object>> signIn(
            String email, String password, HttpServletRequest request, HttpServletResponse response) {
        return signIn.signIn(email, password)
                .map(user -> {
                    // A new session id at sign-in, so a session id planted before it is worth nothing after.
                    if (request.getSession(false) != null) {
                        request.changeSessionId();
                    }
                    CallerAuthentication authentication = new CallerAuthentication(CallerFilter.callerOf(user));
                    var context = new SecurityContextImpl(authentication);
                    SecurityContextHolder.setContext(context);
                    sessions.saveContext(context, request, response);
                    Map<String, Object> body =
                            Map.of("email", user.email(), "role", user.role().name());
                    return ResponseEntity.ok(body);
                })
                .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                        .body(Map.of(
                                "code",
                                "BAD_CREDENTIALS",
                                "message",
                                "wrong email or password, or the account is locked")));
    }
}
