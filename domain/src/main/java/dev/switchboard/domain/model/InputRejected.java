package dev.switchboard.domain.model;

/**
 * Raised when a command or value is built from input that breaks one of its rules.
 * It names the input field at fault so an adapter can hand the error back to the caller as data.
 */
public final class InputRejected extends RuntimeException {

    private final ErrorCode code;
    private final String field;

    public InputRejected(ErrorCode code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public static InputRejected required(String field) {
        return new InputRejected(ErrorCode.REQUIRED, field, field + " is required");
    }

    public static InputRejected tooLong(String field, int max) {
        return new InputRejected(ErrorCode.TOO_LONG, field, field + " is longer than " + max + " characters");
    }

    public static InputRejected notFound(String field, String what, String id) {
        return new InputRejected(ErrorCode.NOT_FOUND, field, "no " + what + " with id " + id);
    }

    /** The edit was made from {@code expectedVersion}, and the object has changed since. */
    public static InputRejected stale(String what, int expectedVersion) {
        return new InputRejected(
                ErrorCode.STALE,
                "expectedVersion",
                "the " + what + " changed since version " + expectedVersion + ": reload it and edit again");
    }

    public ErrorCode code() {
        return code;
    }

    public String field() {
        return field;
    }

    /** The same rejection with its field placed under a parent, e.g. {@code members[1].repId}. */
    public InputRejected under(String parent) {
        return new InputRejected(code, parent + "." + field, getMessage());
    }
}
