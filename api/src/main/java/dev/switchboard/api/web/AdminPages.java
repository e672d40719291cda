package dev.switchboard.api.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The admin UI at {@code /admin}: static files from web-admin's jar ({@code META-INF/resources/admin/}), its
 * libraries from WebJars at {@code /webjars/}. Its pages are hash routes ({@code /admin/#/reps}), so one
 * document serves them all; what a caller may see is decided by the GraphQL API, not by this page.
 */
@Configuration(proxyBeanMethods = false)
class AdminPages implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        // The trailing slash keeps the page's relative addresses under /admin/.
        registry.addRedirectViewController("/admin", "/admin/");
        registry.addViewController("/admin/").setViewName("forward:/admin/index.html");
    }
}
