package dev.switchboard.domain.model;

/**
 * The rules every piece of free text in the model follows: trimmed, blank means absent,
 * and a documented maximum length so no field can carry an unbounded payload.
 */
public final class Text {

    /** Names, companies, titles and other one-line fields. */
    public static final int SHORT = 200;
    /** Values of custom attributes. */
    public static final int LONG = 1000;

    private Text() {}

    /** The trimmed value, or {@code null} when absent or blank. */
    public static String optional(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.length() > max) {
            throw InputRejected.tooLong(field, max);
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                throw new InputRejected(ErrorCode.INVALID_FORMAT, field, field + " contains control characters");
            }
        }
        return trimmed;
    }

    /** The trimmed value; rejected when absent or blank. */
    public static String required(String field, String value, int max) {
        String text = optional(field, value, max);
        if (text == null) {
            throw InputRejected.required(field);
        }
        return text;
    }
}
