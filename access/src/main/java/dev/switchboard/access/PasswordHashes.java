package dev.switchboard.access;

/**
 * How passwords are kept: a slow, salted, self-describing hash (the adapter picks the algorithm, e.g. bcrypt), so
 * access never sees a stored password and a leaked database yields none.
 */
public interface PasswordHashes {

    /** A fresh hash of the password, with its own salt; hashing the same password twice gives two different hashes. */
    String hash(String password);

    /** Whether the password is the one {@code hash} was made from; takes as long as hashing. */
    boolean matches(String password, String hash);
}
