package dev.switchboard.domain.model;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks on an answer beyond its kind; an absent bound is not checked. Lengths count characters of the trimmed
 * answer, min and max bound a number, and the pattern must match the whole answer.
 */
public record FieldValidation(Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max, String pattern) {

    public static final FieldValidation NONE = new FieldValidation(null, null, null, null, null);
    public static final int MAX_PATTERN = 200;

    public FieldValidation {
        if (minLength != null && (minLength < 0 || minLength > Text.LONG)) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, "minLength", "minLength must be between 0 and " + Text.LONG);
        }
        if (maxLength != null && (maxLength < 1 || maxLength > Text.LONG)) {
            throw new InputRejected(
                    ErrorCode.OUT_OF_RANGE, "maxLength", "maxLength must be between 1 and " + Text.LONG);
        }
        if (minLength != null && maxLength != null && minLength > maxLength) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "minLength", "minLength is above maxLength");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new InputRejected(ErrorCode.OUT_OF_RANGE, "min", "min is above max");
        }
        pattern = Text.optional("pattern", pattern, MAX_PATTERN);
        if (pattern != null) {
            compile(pattern);
        }
    }

    public boolean none() {
        return equals(NONE);
    }

    boolean bounded() {
        return min != null || max != null;
    }

    /** Whether the answer matches the pattern (true without one). */
    boolean matches(String answer) {
        return pattern == null || BoundedMatch.matches(compile(pattern), answer);
    }

    private static Pattern compile(String pattern) {
        // Look-behind and inline flags read differently in JavaScript, where the widget checks the same pattern.
        if (pattern.contains("(?<=") || pattern.contains("(?<!") || pattern.matches("(?s).*\\(\\?[a-zA-Z-]+[:)].*")) {
            throw new InputRejected(
                    ErrorCode.INVALID_FORMAT, "pattern", "pattern may use neither look-behind nor inline flags");
        }
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new InputRejected(
                    ErrorCode.INVALID_FORMAT, "pattern", "pattern is not a regular expression: " + e.getDescription());
        }
    }
}
