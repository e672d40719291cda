package dev.switchboard.domain.model;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Raised when input breaks several rules at once and every fault is worth telling in one answer (the answers to a
 * form, a form's definition). Each fault names its field, as {@link InputRejected} does.
 */
public final class InputsRejected extends RuntimeException {

    private final List<InputRejected> faults;

    public InputsRejected(List<InputRejected> faults) {
        super(faults.isEmpty() ? "rejected" : faults.get(0).getMessage());
        if (faults.isEmpty()) {
            throw new IllegalArgumentException("a rejection names at least one fault");
        }
        this.faults = List.copyOf(faults);
    }

    public List<InputRejected> faults() {
        return faults;
    }

    /**
     * What {@code build} makes, or null when it is refused, its fault (or faults) then added to {@code faults}: how
     * independent parts of one input are each checked, so that one answer tells every fault at once.
     */
    public static <T> T collect(List<InputRejected> faults, Supplier<T> build) {
        try {
            return build.get();
        } catch (InputRejected fault) {
            faults.add(fault);
        } catch (InputsRejected several) {
            faults.addAll(several.faults());
        }
        return null;
    }

    /**
     * {@code value} as {@code read} makes it, or null when refused, as {@link #collect(List, Supplier)}: for a value
     * that is reassigned where it is read (a record's compact constructor), which a lambda cannot capture.
     */
    public static <T, R> R collect(List<InputRejected> faults, T value, Function<T, R> read) {
        return collect(faults, () -> read.apply(value));
    }

    /** Runs {@code check}, adding its fault (or faults) to {@code faults} when it refuses. */
    public static void check(List<InputRejected> faults, Runnable check) {
        collect(faults, () -> {
            check.run();
            return null;
        });
    }

    /** Throws the faults, if there are any. */
    public static void throwIfAny(List<InputRejected> faults) {
        if (!faults.isEmpty()) {
            throw new InputsRejected(faults);
        }
    }

    /**
     * Throws nothing when there are no faults, the fault itself when there is one, and every fault as one
     * {@code InputsRejected} when there are several: a caller that handled a single {@link InputRejected} before
     * still gets one when only one field is at fault.
     */
    public static void raise(List<InputRejected> faults) {
        if (faults.size() == 1) {
            throw faults.get(0);
        }
        throwIfAny(faults);
    }

    /** The same faults with their fields placed under a parent, e.g. {@code definition}. */
    public InputsRejected under(String parent) {
        return new InputsRejected(faults.stream().map(f -> f.under(parent)).toList());
    }
}
