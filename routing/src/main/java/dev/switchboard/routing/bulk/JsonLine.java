package dev.switchboard.routing.bulk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one line of a JSON-lines file (RFC 8259) into plain values: a {@code Map} (keys in order) for an object, a
 * {@code List} for an array, {@code String}, {@code BigDecimal}, {@code Boolean} or null. Anything else, or
 * anything after the value, is a {@link Malformed} with the character at fault. Nesting is bounded, so a hostile
 * line cannot exhaust the stack.
 */
final class JsonLine {

    static final int MAX_DEPTH = 32;

    /** The line is not one JSON value. */
    static final class Malformed extends RuntimeException {
        Malformed(String message, int at) {
            super(message + " at character " + (at + 1));
        }
    }

    private final String text;
    private int at;

    private JsonLine(String text) {
        this.text = text;
    }

    static Object read(String line) {
        JsonLine reader = new JsonLine(line);
        reader.space();
        Object value = reader.value(0);
        reader.space();
        if (reader.at < line.length()) {
            throw new Malformed("more after the JSON value", reader.at);
        }
        return value;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new Malformed("nested deeper than " + MAX_DEPTH, at);
        }
        if (at >= text.length()) {
            throw new Malformed("a value is missing", at);
        }
        char c = text.charAt(at);
        switch (c) {
            case '{' -> {
                return object(depth);
            }
            case '[' -> {
                return array(depth);
            }
            case '"' -> {
                return string();
            }
            case 't' -> {
                return word("true", Boolean.TRUE);
            }
            case 'f' -> {
                return word("false", Boolean.FALSE);
            }
            case 'n' -> {
                return word("null", null);
            }
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw new Malformed("unexpected '" + c + "'", at);
            }
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> object = new LinkedHashMap<>();
        at++;
        space();
        if (peek('}')) {
            at++;
            return object;
        }
        while (true) {
            space();
            if (!peek('"')) {
                throw new Malformed("a key in quotes is expected", at);
            }
            String key = string();
            space();
            expect(':');
            space();
            if (object.containsKey(key)) {
                throw new Malformed("the key \"" + key + "\" is there twice", at);
            }
            object.put(key, value(depth + 1));
            space();
            if (peek(',')) {
                at++;
                continue;
            }
            expect('}');
            return object;
        }
    }

    private List<Object> array(int depth) {
        List<Object> array = new ArrayList<>();
        at++;
        space();
        if (peek(']')) {
            at++;
            return array;
        }
        while (true) {
            space();
            array.add(value(depth + 1));
            space();
            if (peek(',')) {
                at++;
                continue;
            }
            expect(']');
            return array;
        }
    }

    private String string() {
        at++;
        StringBuilder out = new StringBuilder();
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                if (at >= text.length()) {
                    break;
                }
                char e = text.charAt(at++);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            throw new Malformed("a \\u escape needs four hex digits", at);
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                        } catch (NumberFormatException notHex) {
                            throw new Malformed("a \\u escape needs four hex digits", at);
                        }
                        at += 4;
                    }
                    default -> throw new Malformed("unknown escape \\" + e, at - 1);
                }
            } else if (c < 0x20) {
                throw new Malformed("a control character inside a string", at - 1);
            } else {
                out.append(c);
            }
        }
        throw new Malformed("a string is not closed", at);
    }

    private BigDecimal number() {
        int start = at;
        if (peek('-')) {
            at++;
        }
        while (at < text.length() && "0123456789.eE+-".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        String number = text.substring(start, at);
        if (!number.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?") || number.length() > 100) {
            throw new Malformed("\"" + number + "\" is not a number", start);
        }
        return new BigDecimal(number);
    }

    private Object word(String word, Object value) {
        if (!text.startsWith(word, at)) {
            throw new Malformed("unexpected '" + text.charAt(at) + "'", at);
        }
        at += word.length();
        return value;
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw new Malformed(at < text.length() ? "'" + c + "' is expected" : "the line ends early", at);
        }
        at++;
    }

    private void space() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }
}
