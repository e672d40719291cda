package dev.switchboard.api.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Browser sessions through Spring Session, kept in MongoDB by the persistence module's session repository: a
 * browser signed in on one instance is signed in on every one, behind any load balancer. Spring Session's filter
 * runs before Spring Security's, so the security context is read from and saved to the shared store.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SessionConfiguration {

    /** The cookie as before Spring Session: same name, HttpOnly, SameSite=Lax, Secure when configured. */
    @Bean
    CookieSerializer sessionCookie(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        DefaultCookieSerializer cookie = new DefaultCookieSerializer();
        cookie.setCookieName("JSESSIONID");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setUseSecureCookie(secure);
        cookie.setCookiePath("/");
        return cookie;
    }
}
