package dev.switchboard.api.security;

import dev.switchboard.access.Caller;
import dev.switchboard.access.Scope;
import dev.switchboard.domain.model.RepId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Spring Security's view of a {@link Caller}: the authorities the HTTP rules (actuator, GraphiQL) test. A signed-in
 * user's authentication lives in the shared session store, serialized: what is kept is the user's id, from which
 * {@link CallerFilter} reads the user again on every request; a key's caller is never stored.
 */
final class CallerAuthentication extends AbstractAuthenticationToken {

    static final String ADMIN = "ROLE_ADMIN";
    static final String METRICS = "METRICS";

    private transient Caller caller;
    // What a session keeps of a signed-in user, to rebuild the caller when the session is read on another instance.
    private final String userId;
    private final String email;
    private final String repId;

    CallerAuthentication(Caller caller) {
        super(authoritiesOf(caller));
        this.caller = caller;
        this.userId = caller instanceof Caller.Admin admin
                ? admin.userId()
                : caller instanceof Caller.Rep rep ? rep.userId() : null;
        this.email = caller instanceof Caller.Admin admin
                ? admin.email()
                : caller instanceof Caller.Rep rep ? rep.email() : null;
        this.repId = caller instanceof Caller.Rep rep && rep.repId() != null
                ? rep.repId().value()
                : null;
        setAuthenticated(true);
    }

    Caller caller() {
        if (caller == null && userId != null) {
            // Read back from the session store: the caller as it was at sign-in (CallerFilter reads the user anew).
            caller = isAdmin()
                    ? new Caller.Admin(userId, email)
                    : new Caller.Rep(userId, email, repId == null ? null : new RepId(repId));
        }
        return caller;
    }

    private boolean isAdmin() {
        return getAuthorities().stream().anyMatch(a -> ADMIN.equals(a.getAuthority()));
    }

    /** The signed-in user's id; null for a key. */
    String userId() {
        return userId;
    }

    private static List<GrantedAuthority> authoritiesOf(Caller caller) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        boolean admin = caller instanceof Caller.Admin
                || caller instanceof Caller.Integration key && key.scopes().contains(Scope.ADMIN);
        if (admin) {
            authorities.add(new SimpleGrantedAuthority(ADMIN));
        }
        if (admin
                || caller instanceof Caller.Scraper
                || caller instanceof Caller.Integration key && key.scopes().contains(Scope.METRICS_READ)) {
            authorities.add(new SimpleGrantedAuthority(METRICS));
        }
        return authorities;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return caller();
    }
}
