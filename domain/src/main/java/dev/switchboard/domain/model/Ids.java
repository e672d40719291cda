package dev.switchboard.domain.model;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** How ids are checked and made: held to a small alphabet and length, and random when made here. */
public final class Ids {

    static final int MAX = 64;

    private Ids() {}

    /**
     * A new random id in the form of a version 4 UUID. Ids name things and grant nothing (every read and change
     * is authorized on its own; the links that do grant something are signed), so they need to be unique,
     * not unguessable: a fast per-thread generator makes them, rather than the blocking secure one a lead's
     * routing decision would otherwise wait on.
     */
    public static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
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
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '_'
                || c == '.'
                || c == ':'
                || c == '-';
    }
}
