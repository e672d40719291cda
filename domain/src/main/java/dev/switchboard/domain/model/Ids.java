package dev.switchboard.domain.model;

final class Ids {

    static final int MAX = 64;

    private Ids() {
    }

    /** Ids come back from clients, so they are held to a small alphabet and length. */
    static String check(String field, String value) {
        String id = Text.required(field, value, MAX);
        // A loop rather than a regular expression: ids are made on every decision and every read.
        for (int i = 0; i < id.length(); i++) {
            if (!safe(id.charAt(i))) {
                throw new InputRejected(ErrorCode.INVALID_FORMAT, field, field + " has characters an id cannot have");
            }
        }
        return id;
    }

    private static boolean safe(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_' || c == '.' || c == ':' || c == '-';
    }
}
