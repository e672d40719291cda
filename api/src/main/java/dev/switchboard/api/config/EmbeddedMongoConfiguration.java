package dev.switchboard.api.config;

import com.mongodb.ConnectionString;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts the embedded database when no MongoDB is configured, and points Spring Boot's MongoDB
 * client at it. With {@code spring.mongodb.uri} (or host) set, none of this exists and Boot
 * connects to that server unchanged.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedMongoConfiguration.NoMongoConfigured.class)
class EmbeddedMongoConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMongoServer embeddedMongoServer(EmbeddedMongoProperties properties) {
        return EmbeddedMongoServer.start(properties);
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(
            EmbeddedMongoServer server, EmbeddedMongoProperties properties) {
        ConnectionString connection = new ConnectionString(server.connectionString(properties.database()));
        return () -> connection;
    }

    static final class NoMongoConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !context.getEnvironment().containsProperty("spring.mongodb.uri")
                    && !context.getEnvironment().containsProperty("spring.mongodb.host");
        }
    }
}
