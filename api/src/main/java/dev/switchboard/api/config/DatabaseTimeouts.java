package dev.switchboard.api.config;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;

/**
 * How long the app waits for the database before it gives up, and what a caller is told then. The driver's
 * defaults wait 30 s to find a server and without limit for an answer, so with the database gone or paused
 * every request thread would hang; with these bounds a request fails within seconds as {@code UNAVAILABLE}
 * (a GraphQL error, or HTTP 503 outside GraphQL), and the threads are free again.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseTimeouts.Timeouts.class)
public class DatabaseTimeouts {

    private static final Logger log = LoggerFactory.getLogger(DatabaseTimeouts.class);

    /**
     * @param serverSelection how long an operation waits for a server it can use (none reachable: it fails then)
     * @param connect         how long opening a connection may take; also how long the driver's monitor waits for
     *                        a server's heartbeat answer before it takes the server for gone, so not too short for a
     *                        busy machine
     * @param read            how long the driver waits for an answer on an open connection (a paused server)
     */
    @ConfigurationProperties("switchboard.mongodb.timeouts")
    public record Timeouts(
            @DefaultValue("3s") Duration serverSelection,
            @DefaultValue("5s") Duration connect,
            @DefaultValue("10s") Duration read) {}

    @Bean
    MongoClientSettingsBuilderCustomizer mongoClientTimeouts(Timeouts timeouts) {
        return settings -> settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        timeouts.serverSelection().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(
                        socket -> socket.connectTimeout((int) timeouts.connect().toMillis(), TimeUnit.MILLISECONDS)
                                .readTimeout((int) timeouts.read().toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Whether a failure, or one of its causes, is the database not answering (rather than a fault of ours). */
    public static boolean unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MongoTimeoutException
                    || t instanceof MongoSocketException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessException) {
                return true;
            }
        }
        return false;
    }

    /** Ahead of the catch-all resolver, which would call this an internal error. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    DataFetcherExceptionResolverAdapter databaseUnavailable() {
        return new DataFetcherExceptionResolverAdapter() {
            @Override
            protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
                if (!unavailable(ex)) {
                    return null;
                }
                log.warn(
                        "The database did not answer in time for {}: {}",
                        env.getField().getName(),
                        ex.getMessage());
                return GraphqlErrorBuilder.newError(env)
                        .errorType(ErrorClassification.errorClassification("UNAVAILABLE"))
                        .message("the database is not answering now; try again shortly")
                        .extensions(Map.of("code", "UNAVAILABLE"))
                        .build();
            }
        };
    }
}
