package dev.switchboard.access;

/**
 * A request the caller may not make, answered as a GraphQL error whose {@code code} extension is
 * {@code UNAUTHENTICATED} (nobody signed in), {@code FORBIDDEN} (signed in, not allowed) or another code named here.
 */
public final class Refused extends RuntimeException {

    private final String code;

    public Refused(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** The refusal for a caller who may not call an operation: sign in, or not for you. */
    public static Refused of(Caller caller, String what) {
        return caller.anonymous()
                ? new Refused("UNAUTHENTICATED", "sign in or send an API key to " + what)
                : new Refused("FORBIDDEN", "you may not " + what);
    }

    public String code() {
        return code;
    }
}
