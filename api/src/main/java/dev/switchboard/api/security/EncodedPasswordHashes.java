package dev.switchboard.api.security;

import dev.switchboard.access.PasswordHashes;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Access's password hashes made by Spring Security's encoder: each stored hash names its algorithm ({@code {bcrypt}...}). */
final class EncodedPasswordHashes implements PasswordHashes {

    private final PasswordEncoder encoder;

    EncodedPasswordHashes(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String hash(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }
}
