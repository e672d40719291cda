package dev.switchboard.api.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The schema's own scalars: DateTime (ISO-8601 instants) and Decimal (exact numbers). */
@Configuration(proxyBeanMethods = false)
class Scalars {

    /** Longer numbers are refused before parsing: a BigDecimal of a megabyte of digits costs real CPU. */
    private static final int MAX_DECIMAL_LENGTH = 40;

    @Bean
    RuntimeWiringConfigurer scalarWiring() {
        return wiring -> wiring.scalar(dateTime()).scalar(decimal());
    }

    static GraphQLScalarType dateTime() {
        return GraphQLScalarType.newScalar().name("DateTime").coercing(new Coercing<Instant, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                if (value instanceof Instant instant) {
                    return instant.toString();
                }
                throw new CoercingSerializeException("not an instant: " + value.getClass().getSimpleName());
            }

            @Override
            public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
                if (input instanceof String text) {
                    return parse(text, CoercingParseValueException::new);
                }
                throw new CoercingParseValueException("DateTime must be an ISO-8601 string");
            }

            @Override
            public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                if (input instanceof StringValue text) {
                    return parse(text.getValue(), CoercingParseLiteralException::new);
                }
                throw new CoercingParseLiteralException("DateTime must be an ISO-8601 string");
            }

            private <E extends RuntimeException> Instant parse(String text, java.util.function.Function<String, E> error) {
                try {
                    return OffsetDateTime.parse(text).toInstant();
                } catch (DateTimeParseException e) {
                    throw error.apply("DateTime must be ISO-8601 with an offset, e.g. 2026-11-23T09:30:00Z");
                }
            }
        }).build();
    }

    static GraphQLScalarType decimal() {
        return GraphQLScalarType.newScalar().name("Decimal").coercing(new Coercing<BigDecimal, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                if (value instanceof BigDecimal decimal) {
                    return decimal.toPlainString();
                }
                throw new CoercingSerializeException("not a decimal: " + value.getClass().getSimpleName());
            }

            @Override
            public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
                if (input instanceof String || input instanceof Number) {
                    return parse(input.toString(), CoercingParseValueException::new);
                }
                throw new CoercingParseValueException("Decimal must be a number or a numeric string");
            }

            @Override
            public BigDecimal parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                if (input instanceof StringValue text) {
                    return parse(text.getValue(), CoercingParseLiteralException::new);
                }
                if (input instanceof IntValue number) {
                    return parse(number.getValue().toString(), CoercingParseLiteralException::new);
                }
                if (input instanceof FloatValue number) {
                    return parse(number.getValue().toString(), CoercingParseLiteralException::new);
                }
                throw new CoercingParseLiteralException("Decimal must be a number or a numeric string");
            }

            private <E extends RuntimeException> BigDecimal parse(String text, java.util.function.Function<String, E> error) {
                if (text.length() > MAX_DECIMAL_LENGTH) {
                    throw error.apply("Decimal has more than " + MAX_DECIMAL_LENGTH + " characters");
                }
                try {
                    return new BigDecimal(text.strip());
                } catch (NumberFormatException e) {
                    throw error.apply("Decimal must be a number, e.g. 25000.00");
                }
            }
        }).build();
    }
}
