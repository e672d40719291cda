package dev.switchboard.api.security;

import dev.switchboard.access.Caller;
import dev.switchboard.access.Scope;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Spring Security's view of a {@link Caller}: the authorities the HTTP rules (actuator, GraphiQL) test. */
final class CallerAuthentication extends AbstractAuthenticationToken {

    static final String ADMIN = "ROLE_ADMIN";
    static final String METRICS = "METRICS";

    private final transient Caller caller;

    CallerAuthentication(Caller caller) {
        super(authoritiesOf(caller));
        this.caller = caller;
        setAuthenticated(true);
    }

    Caller caller() {
        return caller;
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
        return caller;
    }
}
