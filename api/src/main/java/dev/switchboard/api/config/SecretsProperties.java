package dev.switchboard.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param key base64 of 32 bytes sealing stored secrets (calendar credentials, webhook secrets); unset on the
 *            file-backed embedded database, one is made beside its file (docs/google-calendar.md)
 */
@ConfigurationProperties("switchboard.secrets")
public record SecretsProperties(String key) {}
