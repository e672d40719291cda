package dev.switchboard.domain.model;

import java.util.regex.Pattern;

/**
 * Matches an admin's pattern against a visitor's answer with a bound on the work: a pattern that backtracks without
 * end (such as {@code (a+)+$}) on a crafted answer stops after a fixed number of character reads and counts as no
 * match, instead of holding a request thread.
 */
final class BoundedMatch {

    /** Reads allowed per match: far more than any sane pattern needs on a 1000-character answer. */
    static final int MAX_READS = 1_000_000;

    private BoundedMatch() {}

    static boolean matches(Pattern pattern, String text) {
        try {
            return pattern.matcher(new Counted(text)).matches();
        } catch (TooMuchWork e) {
            return false;
        }
    }

    private static final class TooMuchWork extends RuntimeException {
        TooMuchWork() {
            super(null, null, false, false);
        }
    }

    private static final class Counted implements CharSequence {
        private final String text;
        private int reads;

        Counted(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            if (++reads > MAX_READS) {
                throw new TooMuchWork();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
