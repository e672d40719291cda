package dev.switchboard.api.security;

import dev.switchboard.access.Caller;
import dev.switchboard.access.Role;
import dev.switchboard.access.User;
import dev.switchboard.access.Users;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs after Spring Security's filters and leaves the request's {@link Caller} in a request attribute, where
 * the GraphQL layer picks it up. A signed-in user is read again on every request, so deactivating a user or
 * changing their role takes effect at their next request, not when their session ends.
 */
@Component
class CallerFilter extends OncePerRequestFilter {

    private final Users users;

    CallerFilter(Users users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(Caller.CONTEXT_KEY, current());
        chain.doFilter(request, response);
    }

    private Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof CallerAuthentication known)) {
            return new Caller.Anonymous();
        }
        String userId = known.userId();
        if (userId == null) {
            return known.caller();
        }
        Optional<User> user = users.byId(userId).filter(User::active);
        return user.map(CallerFilter::callerOf).orElseGet(Caller.Anonymous::new);
    }

    static Caller callerOf(User user) {
        return user.role() == Role.ADMIN
                ? new Caller.Admin(user.id(), user.email())
                : new Caller.Rep(user.id(), user.email(), user.repId());
    }
}
