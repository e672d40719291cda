package dev.switchboard.domain.model;

import java.util.function.Function;

/**
 * One field of a partial update: left as it is, or set to a value. A value of null is a change too: it
 * clears the field, or returns it to its default, as the field's owner says.
 *
 * @param <T> what the field holds
 */
public sealed interface Change<T> {

    /** The field is left as it is. */
    static <T> Change<T> keep() {
        return new Keep<>();
    }

    /** The field becomes {@code value}; null clears it. */
    static <T> Change<T> to(T value) {
        return new To<>(value);
    }

    /** What the field holds after the change, given what it holds now. */
    T applyTo(T current);

    /** The same change of another representation: {@code convert} is applied to a given value, null stays null. */
    <R> Change<R> map(Function<T, R> convert);

    boolean isKept();

    record Keep<T>() implements Change<T> {
        @Override
        public T applyTo(T current) {
            return current;
        }

        @Override
        public <R> Change<R> map(Function<T, R> convert) {
            return new Keep<>();
        }

        @Override
        public boolean isKept() {
            return true;
        }
    }

    record To<T>(T value) implements Change<T> {
        @Override
        public T applyTo(T current) {
            return value;
        }

        @Override
        public <R> Change<R> map(Function<T, R> convert) {
            return new To<>(value == null ? null : convert.apply(value));
        }

        @Override
        public boolean isKept() {
            return false;
        }
    }
}
