package dev.switchboard.domain.model;

import java.util.regex.Pattern;

/** A custom form field the admin defined, e.g. {@code utm_campaign = spring-launch}. */
public record Attribute(String key, String value) {

    public static final int MAX_KEY = 64;
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    public Attribute {
        key = Text.required("key", key, MAX_KEY);
        if (!KEY.matcher(key).matches()) {
            throw new InputRejected(
                    ErrorCode.INVALID_FORMAT,
                    "key",
                    "key must start with a letter and hold only letters, digits, '_' and '-'");
        }
        value = Text.optional("value", value, Text.LONG);
    }
}
