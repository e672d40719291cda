package dev.switchboard.domain.model.rule;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import dev.switchboard.domain.model.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One field compared by an operator with the condition's values. Text compares ignore case and
 * surrounding space, as admins expect of form data ("France" is "france"). A field the lead does
 * not have fails every test but NOT_EQUALS, NOT_IN and NOT_EXISTS.
 * <p>
 * A class rather than a record: the values are normalised (lower-cased, parsed as numbers) once
 * when the router is built, not for every lead.
 */
public final class Compare implements Condition {

    public static final int MAX_VALUES = 500;

    private final FieldRef field;
    private final Operator operator;
    private final List<String> values;
    private final String[] texts;
    /** The texts again, for equality tests in constant time whatever the number of values. */
    private final Set<String> equalTexts;

    private final BigDecimal[] numbers;

    public Compare(FieldRef field, Operator operator, List<String> values) {
        if (field == null) {
            throw InputRejected.required("field");
        }
        if (operator == null) {
            throw InputRejected.required("operator");
        }
        if (!operator.appliesTo(field.type())) {
            throw new InputRejected(
                    ErrorCode.INVALID_FORMAT,
                    "operator",
                    operator + " does not apply to " + field + ", which holds "
                            + field.type().name().toLowerCase(Locale.ROOT));
        }
        this.field = field;
        this.operator = operator;
        this.values = values(operator, values);
        this.texts = this.values.stream()
                .map(value -> LeadFacts.normal(field.field(), value))
                .toArray(String[]::new);
        this.equalTexts = Set.of(Arrays.stream(texts).distinct().toArray(String[]::new));
        this.numbers = field.type() == FieldType.NUMBER ? numbers(this.values) : new BigDecimal[0];
        if (operator == Operator.BETWEEN && numbers[0].compareTo(numbers[1]) > 0) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "values", "BETWEEN takes the low value first");
        }
    }

    public static Compare of(LeadField field, Operator operator, String... values) {
        return new Compare(FieldRef.of(field), operator, List.of(values));
    }

    public FieldRef field() {
        return field;
    }

    public Operator operator() {
        return operator;
    }

    public List<String> values() {
        return values;
    }

    /** The values as a lead's text is compared with them for EQUALS and IN: trimmed, lower case. */
    Set<String> equalTexts() {
        return equalTexts;
    }

    private static List<String> values(Operator operator, List<String> values) {
        List<String> given = values == null ? List.of() : values;
        if (given.size() > MAX_VALUES) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "values", "at most " + MAX_VALUES + " values");
        }
        List<String> cleaned = new ArrayList<>(given.size());
        for (int i = 0; i < given.size(); i++) {
            cleaned.add(Text.required("values[" + i + "]", given.get(i), Text.SHORT));
        }
        boolean fits = switch (operator.arity()) {
            case NONE -> cleaned.isEmpty();
            case ONE -> cleaned.size() == 1;
            case TWO -> cleaned.size() == 2;
            case SOME -> !cleaned.isEmpty();
        };
        if (!fits) {
            String wanted = switch (operator.arity()) {
                case NONE -> "no value";
                case ONE -> "exactly one value";
                case TWO -> "two values, low and high";
                case SOME -> "at least one value";
            };
            throw new InputRejected(ErrorCode.INVALID_FORMAT, "values", operator + " takes " + wanted);
        }
        return List.copyOf(cleaned);
    }

    private static BigDecimal[] numbers(List<String> values) {
        BigDecimal[] numbers = new BigDecimal[values.size()];
        for (int i = 0; i < numbers.length; i++) {
            try {
                numbers[i] = new BigDecimal(values.get(i));
            } catch (NumberFormatException e) {
                throw new InputRejected(
                        ErrorCode.INVALID_FORMAT, "values[" + i + "]", values.get(i) + " is not a number");
            }
        }
        return numbers;
    }

    @Override
    public boolean holds(LeadFacts lead) {
        if (field.type() == FieldType.NUMBER) {
            BigDecimal number = lead.number(field);
            return number == null ? holdsWhenAbsent() : numberHolds(number);
        }
        String text = lead.text(field);
        return text == null ? holdsWhenAbsent() : textHolds(text);
    }

    private boolean holdsWhenAbsent() {
        return operator == Operator.NOT_EXISTS || operator == Operator.NOT_EQUALS || operator == Operator.NOT_IN;
    }

    @Override
    public Verdict evaluate(LeadFacts lead) {
        return new Verdict(holds(lead), this);
    }

    private boolean numberHolds(BigDecimal value) {
        switch (operator) {
            case EXISTS:
                return true;
            case NOT_EXISTS:
                return false;
            case EQUALS:
            case IN:
                return anyEqual(value);
            case NOT_EQUALS:
            case NOT_IN:
                return !anyEqual(value);
            case GREATER_THAN:
                return value.compareTo(numbers[0]) > 0;
            case GREATER_OR_EQUAL:
                return value.compareTo(numbers[0]) >= 0;
            case LESS_THAN:
                return value.compareTo(numbers[0]) < 0;
            case LESS_OR_EQUAL:
                return value.compareTo(numbers[0]) <= 0;
            case BETWEEN:
                return value.compareTo(numbers[0]) >= 0 && value.compareTo(numbers[1]) <= 0;
            default:
                throw new IllegalStateException(operator + " on a number");
        }
    }

    private boolean anyEqual(BigDecimal value) {
        for (BigDecimal number : numbers) {
            if (value.compareTo(number) == 0) {
                return true;
            }
        }
        return false;
    }

    private boolean textHolds(String value) {
        switch (operator) {
            case EXISTS:
                return true;
            case NOT_EXISTS:
                return false;
            case EQUALS:
            case IN:
                return equalTexts.contains(value);
            case NOT_EQUALS:
            case NOT_IN:
                return !equalTexts.contains(value);
            case CONTAINS:
                return anyText(value, Match.CONTAIN);
            case STARTS_WITH:
                return anyText(value, Match.START);
            case ENDS_WITH:
                return anyText(value, Match.END);
            case DOMAIN_IN:
                return anyText(value.substring(value.lastIndexOf('@') + 1), Match.DOMAIN);
            default:
                throw new IllegalStateException(operator + " on text");
        }
    }

    private enum Match {
        CONTAIN,
        START,
        END,
        DOMAIN
    }

    private boolean anyText(String value, Match match) {
        for (String text : texts) {
            boolean hit = switch (match) {
                case CONTAIN -> value.contains(text);
                case START -> value.startsWith(text);
                case END -> value.endsWith(text);
                case DOMAIN ->
                    value.equals(text)
                            || (value.endsWith(text) && value.charAt(value.length() - text.length() - 1) == '.');
            };
            if (hit) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String describe(LeadFacts lead) {
        Object value = lead.value(field);
        boolean holds = holds(lead);
        String words = operator.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String test = values.isEmpty() ? words : words + " " + String.join(", ", values);
        if (value == null) {
            return field + " is empty" + (holds ? "" : ", so not " + test);
        }
        String shown = value instanceof BigDecimal number ? number.toPlainString() : "\"" + value + "\"";
        return field + " " + shown + (holds ? " " : " not ") + test;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Compare that
                && field.equals(that.field)
                && operator == that.operator
                && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, operator, values);
    }

    @Override
    public String toString() {
        return field + " " + operator + " " + values;
    }
}
