package dev.switchboard.domain.model;

import java.util.regex.Pattern;

final class Ids {

    static final int MAX = 64;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_.:-]+");

    private Ids() {
    }

    /** Ids come back from clients, so they are held to a small alphabet and length. */
    static String check(String field, String value) {
        String id = Text.required(field, value, MAX);
        if (!SAFE.matcher(id).matches()) {
            throw new InputRejected(ErrorCode.INVALID_FORMAT, field, field + " has characters an id cannot have");
        }
        return id;
    }
}
