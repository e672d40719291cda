package dev.switchboard.domain.model;

import java.util.List;

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

    /** Throws the faults, if there are any. */
    public static void throwIfAny(List<InputRejected> faults) {
        if (!faults.isEmpty()) {
            throw new InputsRejected(faults);
        }
    }

    /** The same faults with their fields placed under a parent, e.g. {@code definition}. */
    public InputsRejected under(String parent) {
        return new InputsRejected(faults.stream().map(f -> f.under(parent)).toList());
    }
}
