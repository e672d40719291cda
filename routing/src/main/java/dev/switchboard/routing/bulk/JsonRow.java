package dev.switchboard.routing.bulk;

import dev.switchboard.domain.model.ErrorCode;
import dev.switchboard.domain.model.InputRejected;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One row of a bulk import: its line and its JSON object, read field by field. Each reader answers null for a
 * field left out or null, and an {@link InputRejected} naming the field when the value has the wrong type.
 */
record JsonRow(int line, Map<String, Object> fields) {

    /** Reads the line as a row; {@code INVALID_FORMAT} on no field when it is not one JSON object. */
    static JsonRow read(int line, String text) {
        if (text == null) {
            throw new InputRejected(
                    ErrorCode.TOO_LONG,
                    null,
                    "the line is longer than " + StartBulkImport.MAX_LINE_CHARACTERS + " characters");
        }
        Object value;
        try {
            value = JsonLine.read(text);
        } catch (JsonLine.Malformed malformed) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, null, "the line is not JSON: " + malformed.getMessage());
        }
        if (!(value instanceof Map<?, ?> object)) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, null, "the line must be one JSON object");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        object.forEach((k, v) -> fields.put((String) k, v));
        return new JsonRow(line, fields);
    }

    /** Refuses a field the row's kind does not know, so a misspelt field is not silently dropped. */
    void only(Set<String> known) {
        for (String field : fields.keySet()) {
            if (!known.contains(field)) {
                throw new InputRejected(
                        ErrorCode.UNKNOWN_FIELD,
                        field,
                        "unknown field " + field + "; the fields are "
                                + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    String text(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, field, field + " must be a string");
        }
        return text;
    }

    /** A string that is not left out, to build a row's key from before the row is checked; null otherwise. */
    String keyText(String field) {
        return fields.get(field) instanceof String text && !text.isBlank() ? text.strip() : null;
    }

    Integer whole(String field) {
        BigDecimal number = number(field);
        if (number == null) {
            return null;
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException notWhole) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, field, field + " must be a whole number");
        }
    }

    BigDecimal number(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof BigDecimal number)) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, field, field + " must be a number");
        }
        return number;
    }

    Boolean bool(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Boolean bool)) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, field, field + " must be true or false");
        }
        return bool;
    }

    Instant instant(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InputRejected(
                    ErrorCode.INVALID_FORMAT, field, field + " must be an ISO-8601 time such as 2026-01-31T09:30:00Z");
        }
    }

    /** An array of strings; a single string is read as an array of one. */
    List<String> texts(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return List.of(text);
        }
        if (!(value instanceof List<?> items)) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, field, field + " must be an array of strings");
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof String text)) {
                throw new InputRejected(
                        ErrorCode.INVALID_FORMAT, field + "[" + i + "]", field + "[" + i + "] must be a string");
            }
            texts.add(text);
        }
        return texts;
    }

    /** An object of strings, in the file's order. */
    Map<String, String> textsByKey(String field) {
        Object value = fields.get(field);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> object)) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, field, field + " must be an object of strings");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        object.forEach((k, v) -> {
            if (v != null && !(v instanceof String)) {
                throw new InputRejected(
                        ErrorCode.INVALID_FORMAT, field + "." + k, field + "." + k + " must be a string");
            }
            texts.put((String) k, (String) v);
        });
        return texts;
    }
}
