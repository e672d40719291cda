package dev.switchboard.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first admin, created at start-up when no admin exists (docs/security.md).
 *
 * @param email    the admin's email
 * @param password 12 or more characters
 */
@ConfigurationProperties("switchboard.admin")
public record AdminProperties(String email, String password) {}
