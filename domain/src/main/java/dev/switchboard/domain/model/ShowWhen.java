package dev.switchboard.domain.model;

import java.util.List;

/**
 * When a field is shown: a test on another field's answer, evaluated the same by the server and by the widget. An
 * answer is a list of values (one for most kinds, any number for a multi-select, none when unanswered); it equals or
 * is in when any of its values does.
 */
public sealed interface ShowWhen {

    /** The key of the field whose answer decides. */
    String field();

    Operator operator();

    /** The values compared with, as the API shows them. */
    List<String> values();

    /** Whether the condition holds for that field's answer. */
    boolean holds(List<String> answer);

    enum Operator {
        EQUALS,
        IN,
        NOT_EMPTY
    }

    /** Builds a condition from the API's flat shape, checking that the values fit the operator. */
    static ShowWhen of(String field, Operator operator, List<String> values) {
        String key = Text.required("field", field, FormField.MAX_KEY);
        if (operator == null) {
            throw InputRejected.required("operator");
        }
        List<String> given = values == null
                ? List.of()
                : values.stream()
                        .map(v -> Text.required("values", v, FieldOption.MAX_VALUE))
                        .toList();
        switch (operator) {
            case EQUALS -> {
                if (given.size() != 1) {
                    throw new InputRejected(ErrorCode.INVALID_FORMAT, "values", "EQUALS compares with one value");
                }
                return new Equals(key, given.get(0));
            }
            case IN -> {
                if (given.isEmpty() || given.size() > 100) {
                    throw new InputRejected(ErrorCode.INVALID_FORMAT, "values", "IN compares with 1 to 100 values");
                }
                return new In(key, given);
            }
            default -> {
                if (!given.isEmpty()) {
                    throw new InputRejected(ErrorCode.INVALID_FORMAT, "values", "NOT_EMPTY compares with no value");
                }
                return new NotEmpty(key);
            }
        }
    }

    record Equals(String field, String value) implements ShowWhen {
        @Override
        public Operator operator() {
            return Operator.EQUALS;
        }

        @Override
        public List<String> values() {
            return List.of(value);
        }

        @Override
        public boolean holds(List<String> answer) {
            return answer.contains(value);
        }
    }

    record In(String field, List<String> values) implements ShowWhen {
        public In {
            values = List.copyOf(values);
        }

        @Override
        public Operator operator() {
            return Operator.IN;
        }

        @Override
        public boolean holds(List<String> answer) {
            return answer.stream().anyMatch(values::contains);
        }
    }

    record NotEmpty(String field) implements ShowWhen {
        @Override
        public Operator operator() {
            return Operator.NOT_EMPTY;
        }

        @Override
        public List<String> values() {
            return List.of();
        }

        @Override
        public boolean holds(List<String> answer) {
            return !answer.isEmpty();
        }
    }
}
