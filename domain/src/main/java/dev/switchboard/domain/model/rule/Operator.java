package dev.switchboard.domain.model.rule;

import java.util.EnumSet;
import java.util.Set;

/** How a condition compares a lead field with its values. */
public enum Operator {
    EQUALS(Arity.ONE, FieldType.TEXT, FieldType.NUMBER),
    NOT_EQUALS(Arity.ONE, FieldType.TEXT, FieldType.NUMBER),
    IN(Arity.SOME, FieldType.TEXT, FieldType.NUMBER),
    NOT_IN(Arity.SOME, FieldType.TEXT, FieldType.NUMBER),
    /** The text contains any of the values. */
    CONTAINS(Arity.SOME, FieldType.TEXT),
    STARTS_WITH(Arity.SOME, FieldType.TEXT),
    ENDS_WITH(Arity.SOME, FieldType.TEXT),
    GREATER_THAN(Arity.ONE, FieldType.NUMBER),
    GREATER_OR_EQUAL(Arity.ONE, FieldType.NUMBER),
    LESS_THAN(Arity.ONE, FieldType.NUMBER),
    LESS_OR_EQUAL(Arity.ONE, FieldType.NUMBER),
    /** Inclusive at both ends: two values, low then high. */
    BETWEEN(Arity.TWO, FieldType.NUMBER),
    EXISTS(Arity.NONE, FieldType.TEXT, FieldType.NUMBER),
    NOT_EXISTS(Arity.NONE, FieldType.TEXT, FieldType.NUMBER),
    /** The value is an email or a domain that is, or is a subdomain of, one in the list. */
    DOMAIN_IN(Arity.SOME, FieldType.TEXT);

    enum Arity {
        NONE,
        ONE,
        TWO,
        SOME
    }

    private final Arity arity;
    private final Set<FieldType> types;

    Operator(Arity arity, FieldType first, FieldType... rest) {
        this.arity = arity;
        this.types = EnumSet.of(first, rest);
    }

    public boolean appliesTo(FieldType type) {
        return types.contains(type);
    }

    Arity arity() {
        return arity;
    }
}
