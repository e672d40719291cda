package dev.switchboard.api.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.server.webmvc.GraphiQlHandler;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphiQL served wholly from this jar (web-admin's {@code switchboard/graphiql.html} and the bundles under
 * {@code /graphiql/vendor/}), so it works with no internet: Spring for GraphQL's own page loads its code from a
 * CDN and stays blank offline. It answers at the same path, ahead of Boot's route there, and is turned on and off
 * as before with {@code spring.graphql.graphiql.enabled} ({@code .path} moves it).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("spring.graphql.graphiql.enabled")
class GraphiQlPage {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RouterFunction<ServerResponse> offlineGraphiQl(GraphQlProperties properties) {
        GraphiQlHandler page = new GraphiQlHandler(
                properties.getHttp().getPath(),
                properties.getWebsocket().getPath(),
                new ClassPathResource("switchboard/graphiql.html"));
        return RouterFunctions.route(
                RequestPredicates.GET(properties.getGraphiql().getPath()), page::handleRequest);
    }
}
