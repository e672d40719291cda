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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The schema's own scalars: DateTime (ISO-8601 instants between 1970 and 9999, taken to the millisecond) and
 * Decimal (exact numbers).
 */
@Configuration(proxyBeanMethods = false)
class Scalars {

    /** The scalars defined here, whose own messages say what they take. */
    static final Set<String> OWN = Set.of("DateTime", "Decimal");

    /** Words every out-of-range message holds, by which the error is given the code OUT_OF_RANGE. */
    static final String OUT_OF_RANGE = "lies outside";

    /**
     * The instants a DateTime may name: what MongoDB's dates (milliseconds since 1970 in a long) and every
     * calculation on them hold with room to spare. Outside, arithmetic overflows and conversions fail.
     */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

    /** Longer numbers are refused before parsing: a BigDecimal of a megabyte of digits costs real CPU. */
    private static final int MAX_DECIMAL_LENGTH = 40;

    @Bean
    RuntimeWiringConfigurer scalarWiring() {
        return wiring -> wiring.scalar(dateTime()).scalar(decimal());
    }

    static GraphQLScalarType dateTime() {
        return GraphQLScalarType.newScalar()
                .name("DateTime")
                .coercing(new Coercing<Instant, String>() {
                    @Override
                    public String serialize(Object value, GraphQLContext context, Locale locale) {
                        if (value instanceof Instant instant) {
                            return instant.toString();
                        }
                        throw new CoercingSerializeException(
                                "not an instant: " + value.getClass().getSimpleName());
                    }

                    @Override
                    public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
                        if (input instanceof String text) {
                            return parse(text, CoercingParseValueException::new);
                        }
                        throw new CoercingParseValueException("DateTime must be an ISO-8601 string");
                    }

                    @Override
                    public Instant parseLiteral(
                            Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                        if (input instanceof StringValue text) {
                            return parse(text.getValue(), CoercingParseLiteralException::new);
                        }
                        throw new CoercingParseLiteralException("DateTime must be an ISO-8601 string");
                    }

                    private <E extends RuntimeException> Instant parse(
                            String text, java.util.function.Function<String, E> error) {
                        Instant instant;
                        try {
                            instant = OffsetDateTime.parse(text).toInstant();
                        } catch (DateTimeParseException | ArithmeticException e) {
                            throw error.apply("DateTime must be ISO-8601 with an offset, e.g. 2026-11-23T09:30:00Z");
                        }
                        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
                            throw error.apply("DateTime " + OUT_OF_RANGE + " the years 1970 to 9999");
                        }
                        // Stored to the millisecond (as MongoDB keeps dates): what is checked is what will be kept.
                        return instant.truncatedTo(ChronoUnit.MILLIS);
                    }
                })
                .build();
    }

    static GraphQLScalarType decimal() {
        return GraphQLScalarType.newScalar()
                .name("Decimal")
                .coercing(new Coercing<BigDecimal, String>() {
                    @Override
                    public String serialize(Object value, GraphQLContext context, Locale locale) {
                        if (value instanceof BigDecimal decimal) {
                            return decimal.toPlainString();
                        }
                        throw new CoercingSerializeException(
                                "not a decimal: " + value.getClass().getSimpleName());
                    }

                    @Override
                    public BigDecimal parseValue(Object input, GraphQLContext context, Locale locale) {
                        if (input instanceof String || input instanceof Number) {
                            return parse(input.toString(), CoercingParseValueException::new);
                        }
                        throw new CoercingParseValueException("Decimal must be a number or a numeric string");
                    }

                    @Override
                    public BigDecimal parseLiteral(
                            Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
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

                    private <E extends RuntimeException> BigDecimal parse(
                            String text, java.util.function.Function<String, E> error) {
                        if (text.length() > MAX_DECIMAL_LENGTH) {
                            throw error.apply("Decimal has more than " + MAX_DECIMAL_LENGTH + " characters");
                        }
                        try {
                            return new BigDecimal(text.strip());
                        } catch (NumberFormatException e) {
                            throw error.apply("Decimal must be a number, e.g. 25000.00");
                        }
                    }
                })
                .build();
    }
}
